using System.Buffers.Binary;
using LanguageExt;
using Parquet;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>The day-number range a row group's statistics promise for a DATE column, when they can be trusted.</summary>
internal static class DateStatistics
{
    private static readonly int UnixEpoch = new DateOnly(1970, 1, 1).DayNumber;
    private static readonly int LastDay = DateOnly.MaxValue.DayNumber;

    public static Option<(int Min, int Max)> Range(ParquetRowGroupReader rowGroup, BoundColumn column)
    {
        if (column.Field is null || !ParquetColumnType.HasTrustedStatistics(column.Field)
            || rowGroup.GetMetadata(column.Field)?.MetaData?.Statistics is not { } stats)
        {
            return None;
        }

        // A null month is no month outside the window: R28 rejects it, so a group that may hold one must be read.
        if (stats.NullCount is not 0)
        {
            return None;
        }

        var exact = stats.IsMinValueExact != false && stats.IsMaxValueExact != false;
        var (min, max) = stats is { MinValue: not null, MaxValue: not null }
            ? (stats.MinValue, stats.MaxValue)
            // The deprecated fields are sound for INT32, whose order has always been signed.
            : (stats.Min, stats.Max);
        return exact ? from lo in Day(min) from hi in Day(max) select (lo, hi) : None;
    }

    private static Option<int> Day(byte[]? raw)
    {
        if (raw is not { Length: 4 })
        {
            return None;
        }

        var day = (long)BinaryPrimitives.ReadInt32LittleEndian(raw) + UnixEpoch;
        return day is >= 0 && day <= LastDay ? Some((int)day) : None;
    }
}
