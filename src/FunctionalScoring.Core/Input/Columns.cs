namespace FunctionalScoring.Core.Input;

/// <summary>
/// A text column, dictionary-encoded as the shell reads it: <c>Codes[row]</c> indexes
/// <c>Values</c>, and <see cref="Null"/> marks a null. Treated as immutable once built.
/// </summary>
public sealed record TextColumn(int[] Codes, string[] Values)
{
    public const int Null = -1;

    /// <summary>A value that is not valid UTF-8: a reader never decodes it lossily, the row is rejected (R28).</summary>
    public const int Invalid = -2;

    public string? this[int row] => Codes[row] < 0 ? null : Values[Codes[row]];

    public static TextColumn Of(params string?[] values)
    {
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = values.Select(v => v is null ? Null : dictionary.TryGetValue(v, out var c) ? c : dictionary[v] = dictionary.Count).ToArray();
        return new TextColumn(codes, dictionary.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray());
    }
}

/// <summary>A nullable date column as <see cref="DateOnly.DayNumber"/>s; <see cref="Null"/> marks a null.</summary>
public sealed record DateColumn(int[] DayNumbers)
{
    public const int Null = int.MinValue;

    /// <summary>A stored date or timestamp before 0001-01-01 or after 9999-12-31: no month can hold it (R28).</summary>
    public const int OutOfRange = int.MinValue + 1;

    public DateOnly? this[int row] => DayNumbers[row] is Null or OutOfRange ? null : DateOnly.FromDayNumber(DayNumbers[row]);

    public static DateColumn Of(params DateOnly?[] values) =>
        new(values.Select(v => v?.DayNumber ?? Null).ToArray());
}

/// <summary>A nullable integer column: every long is a value, so <see cref="Present"/> says which rows are not null.</summary>
public sealed record IntegerColumn(long[] Values, bool[] Present)
{
    public long? this[int row] => Present[row] ? Values[row] : null;

    public static IntegerColumn Of(params long?[] values) => new([.. values.Select(v => v ?? 0)], [.. values.Select(v => v.HasValue)]);
}

/// <summary>
/// Where a run of decoded rows came from, so a rejected row can be named (R28): rows
/// [FirstRow, FirstRow + RowCount) of the table are rows [FileRowOffset, …) of File.
/// SkippedRows counts rows of File that a reader left undecoded because their row group lay
/// outside the evaluation window (R29).
/// </summary>
public sealed record SourceSpan(string File, int FirstRow, int RowCount, long FileRowOffset, long SkippedRows)
{
    public static LanguageExt.Seq<SourceSpan> Single(string file, int rows) => LanguageExt.Prelude.Seq1(new SourceSpan(file, 0, rows, 0, 0));
}

/// <summary>Locates table rows in their files.</summary>
public static class SourceSpans
{
    /// <summary>The file and the 0-based row within it of a decoded table row.</summary>
    public static (string File, long Row) Locate(this LanguageExt.Seq<SourceSpan> spans, int row)
    {
        foreach (var span in spans)
        {
            if (row >= span.FirstRow && row < span.FirstRow + span.RowCount)
            {
                return (span.File, span.FileRowOffset + row - span.FirstRow);
            }
        }

        return ("", row);
    }

    /// <summary>R29: rows a reader skipped unread.</summary>
    public static long Skipped(this LanguageExt.Seq<SourceSpan> spans) => spans.Sum(s => s.SkippedRows);
}
