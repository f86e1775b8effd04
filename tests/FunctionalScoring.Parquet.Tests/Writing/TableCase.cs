namespace FunctionalScoring.Parquet.Tests.Writing;

/// <summary>
/// A table to write with <see cref="ParquetFileWriter"/>: its schema, each column's values over all
/// rows (<c>string</c>, <c>long</c>, <see cref="DateOnly"/>, <c>bool</c> or <c>double</c>; null for a null row),
/// how the rows are cut into row groups, and the writer's settings.
/// </summary>
public sealed record TableCase(WriterColumn[] Columns, object?[][] Values, int[] GroupSizes, WriterOptions Options)
{
    public int Rows => GroupSizes.Sum();

    /// <summary>Rows [start, start + count) of column <paramref name="column"/>.</summary>
    public ArraySegment<object?> Slice(int column, int start, int count) => new(Values[column], start, count);

    public override string ToString() =>
        $"groups [{string.Join(",", GroupSizes)}], pages {Options.DataPageBytes} B, dictionary ≤ {Options.DictionaryPageBytes} B, {Options.Codec}; " +
        string.Join("; ", Columns.Select((c, i) => $"{c.Name} {c.Type}{(c.Optional ? "?" : "")}: {string.Join(" ", Values[i].Take(8).Select(Show))}{(Values[i].Length > 8 ? " …" : "")}"));

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s[..Math.Min(s.Length, 12)]}\"",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
