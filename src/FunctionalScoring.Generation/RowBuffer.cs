using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using Parquet;
using Parquet.Schema;

namespace FunctionalScoring.Generation;

/// <summary>
/// One row group being filled, column by column, in the buffers Parquet.Net writes from without copying:
/// text as <c>ReadOnlyMemory&lt;char&gt;?</c> (the strings themselves are shared, never copied), integers as
/// <c>long?</c> and dates as <c>DateOnly?</c>. A null is a null cell (every column is OPTIONAL).
/// </summary>
internal sealed class RowBuffer
{
    private readonly ColumnKind[] kinds;
    private readonly ReadOnlyMemory<char>?[][] texts;
    private readonly long?[][] integers;
    private readonly DateOnly?[][] dates;

    public RowBuffer(Seq<ColumnSpec> columns, int capacity)
    {
        kinds = [.. columns.Map(c => c.Kind)];
        texts = [.. kinds.Select(k => k == ColumnKind.Text ? new ReadOnlyMemory<char>?[capacity] : [])];
        integers = [.. kinds.Select(k => k == ColumnKind.Integer ? new long?[capacity] : [])];
        dates = [.. kinds.Select(k => k == ColumnKind.Date ? new DateOnly?[capacity] : [])];
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    public void Text(int column, string? value) => texts[column][Count] = value?.AsMemory();

    public void Integer(int column, long? value) => integers[column][Count] = value;

    public void Date(int column, DateOnly? value) => dates[column][Count] = value;

    /// <summary>Completes the current row.</summary>
    public void EndRow() => Count++;

    public void Clear() => Count = 0;

    /// <summary>Writes the buffered rows as one row group, the columns in schema order.</summary>
    public async Task WriteAsync(ParquetWriter writer, DataField[] fields, CancellationToken ct)
    {
        using var rowGroup = writer.CreateRowGroup();
        for (var column = 0; column < fields.Length; column++)
        {
            await (kinds[column] switch
            {
                ColumnKind.Text => rowGroup.WriteAsync<ReadOnlyMemory<char>>(fields[column], texts[column].AsMemory(0, Count), null, null, ct),
                ColumnKind.Integer => rowGroup.WriteAsync<long>(fields[column], integers[column].AsMemory(0, Count), null, null, ct),
                _ => rowGroup.WriteAsync<DateOnly>(fields[column], dates[column].AsMemory(0, Count), null, null, ct),
            });
        }

        rowGroup.CompleteValidate();
    }
}
