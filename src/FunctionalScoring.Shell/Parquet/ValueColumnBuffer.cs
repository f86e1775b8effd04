using FunctionalScoring.Parquet;
using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// An INT64, DATE (as <see cref="DateOnly.DayNumber"/>), BOOLEAN or DOUBLE column being filled for
/// <see cref="ParquetFileWriter"/>: values and presence flags, grown as rows come.
/// </summary>
internal sealed class ValueColumnBuffer<T>(string name, ValueColumnKind<T> kind) : IColumnBuffer
    where T : unmanaged
{
    private T[] values = new T[16];
    private bool[] present = new bool[16];

    public string Name { get; } = name;

    public int Count { get; private set; }

    public void Add(T? value)
    {
        if (Count == values.Length)
        {
            Array.Resize(ref values, values.Length * 2);
            Array.Resize(ref present, present.Length * 2);
        }

        (values[Count], present[Count]) = (value ?? default, value.HasValue);
        Count++;
    }

    public void AddRange(DataFrameColumn column, int start, int count)
    {
        foreach (var value in kind.Read(column, start, count))
        {
            Add(value);
        }
    }

    public void WriteTo(RowGroupWriter group) => kind.Write(group, values.AsSpan(0, Count), present.AsSpan(0, Count));

    public DataFrameColumn ToFrameColumn() => kind.ToFrame(Name, Enumerable.Range(0, Count).Select(i => present[i] ? values[i] : (T?)null));

    public void Clear() => Count = 0;
}

/// <summary>Writes a buffer's values as the column chunk of its type.</summary>
internal delegate void ChunkWrite<T>(RowGroupWriter group, ReadOnlySpan<T> values, ReadOnlySpan<bool> present);

/// <summary>How one output type's values are written, read from rows of a frame column (as <see cref="FrameColumnValues"/> reads them) and shown as one.</summary>
internal sealed record ValueColumnKind<T>(
    ChunkWrite<T> Write, Func<DataFrameColumn, int, int, IEnumerable<T?>> Read, Func<string, IEnumerable<T?>, DataFrameColumn> ToFrame)
    where T : unmanaged;

/// <summary>The kinds of <see cref="ValueColumnBuffer{T}"/>, one per output type the lean writer takes.</summary>
internal static class ValueColumnKinds
{
    public static readonly ValueColumnKind<long> Int64 = new(
        (group, values, present) => group.WriteInt64(values, present),
        FrameColumnValues.Int64s,
        (name, values) => new Int64DataFrameColumn(name, values));

    public static readonly ValueColumnKind<int> Date = new(
        (group, days, present) => group.WriteDates(days, present),
        (column, start, count) => FrameColumnValues.Dates(column, start, count).Select(d => d?.DayNumber),
        (name, days) => new PrimitiveDataFrameColumn<DateOnly>(name, days.Select(d => d is { } day ? DateOnly.FromDayNumber(day) : (DateOnly?)null)));

    public static readonly ValueColumnKind<bool> Boolean = new(
        (group, values, present) => group.WriteBooleans(values, present),
        FrameColumnValues.Booleans,
        (name, values) => new BooleanDataFrameColumn(name, values));

    public static readonly ValueColumnKind<double> Double = new(
        (group, values, present) => group.WriteDoubles(values, present),
        FrameColumnValues.Doubles,
        (name, values) => new DoubleDataFrameColumn(name, values));
}
