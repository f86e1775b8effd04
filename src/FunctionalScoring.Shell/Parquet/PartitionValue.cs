using System.Globalization;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// One <c>key=value</c> segment of a Hive-style partition path (<c>usage/month=2025-06-01/part-0.parquet</c>), the
/// value URL-decoded as Hive, Spark and DuckDB escape it; <c>__HIVE_DEFAULT_PARTITION__</c> is their null.
/// A column absent from a part's file takes this value for every row, typed as §7 wants the column.
/// </summary>
public sealed record PartitionValue(string Key, Option<string> Value)
{
    private const string HiveNull = "__HIVE_DEFAULT_PARTITION__";

    /// <summary>The segment as a partition, if it is one: a non-empty key, an equals sign, a value.</summary>
    public static Option<PartitionValue> Parse(string segment)
    {
        var equals = segment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return None;
        }

        var raw = Uri.UnescapeDataString(segment[(equals + 1)..]);
        return new PartitionValue(Uri.UnescapeDataString(segment[..equals]), raw.Length == 0 || raw == HiveNull ? None : Some(raw));
    }

    /// <summary>The value as a date (§7: a DATE, or a timestamp's date; a bare YYYY-MM names its first day).</summary>
    public Either<string, Option<int>> Day() =>
        Value.Match(
            text => DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
                ? Right<string, Option<int>>(Some(DateOnly.FromDateTime(at).DayNumber))
                : Left<string, Option<int>>($"the partition value '{text}' of '{Key}' is not a date (YYYY-MM-DD, YYYY-MM or a timestamp)"),
            () => Right<string, Option<int>>(None));

    /// <summary>The value as an integer (§7).</summary>
    public Either<string, Option<long>> Integer() =>
        Value.Match(
            text => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                ? Right<string, Option<long>>(Some(n))
                : Left<string, Option<long>>($"the partition value '{text}' of '{Key}' is not an integer"),
            () => Right<string, Option<long>>(None));

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-MM", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-dd HH:mm:ssK"];
}
