using System.Buffers;
using FunctionalScoring.Parquet.Writing;

namespace FunctionalScoring.Parquet;

/// <summary>
/// One row group of a <see cref="ParquetFileWriter"/>: each column written in schema order with the
/// method of its type, then <see cref="Finish"/>. Every column holds the group's row count of values.
/// For an OPTIONAL column, <c>present</c> flags each row (false: null, its value ignored) and may be
/// empty when no row is null; a REQUIRED column takes no null.
/// </summary>
public sealed class RowGroupWriter
{
    // DATE stores days since 1970-01-01; callers hold DateOnly.DayNumber, days since 0001-01-01.
    private static readonly int UnixEpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    private readonly ParquetFileWriter file;
    private readonly List<ChunkMetadata> chunks = [];

    internal RowGroupWriter(ParquetFileWriter file, int rows) => (this.file, Rows) = (file, rows);

    /// <summary>How many rows the group holds.</summary>
    public int Rows { get; }

    /// <summary>Text as codes into <paramref name="table"/>; a negative code is null.</summary>
    public void WriteText(ReadOnlySpan<int> codes, IUtf8Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var column = Next(WriterType.Text, codes.Length);
        Add(file.Text(column, codes, table));
    }

    /// <summary>64-bit integers.</summary>
    public void WriteInt64(ReadOnlySpan<long> values, ReadOnlySpan<bool> present = default)
    {
        var column = Next(WriterType.Int64, values.Length);
        Add(file.Values(column, values, present, ChunkStatistics.Integers(values, present)));
    }

    /// <summary>Dates as <see cref="DateOnly.DayNumber"/>s.</summary>
    public void WriteDates(ReadOnlySpan<int> dayNumbers, ReadOnlySpan<bool> present = default)
    {
        var column = Next(WriterType.Date, dayNumbers.Length);
        var days = ArrayPool<int>.Shared.Rent(dayNumbers.Length);
        try
        {
            var unixDays = days.AsSpan(0, dayNumbers.Length);
            for (var i = 0; i < unixDays.Length; i++)
            {
                unixDays[i] = dayNumbers[i] - UnixEpochDay;
            }

            Add(file.Values<int>(column, unixDays, present, ChunkStatistics.Integers<int>(unixDays, present)));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(days);
        }
    }

    /// <summary>Booleans.</summary>
    public void WriteBooleans(ReadOnlySpan<bool> values, ReadOnlySpan<bool> present = default)
    {
        var column = Next(WriterType.Boolean, values.Length);
        Add(file.Booleans(column, values, present));
    }

    /// <summary>Doubles (NaN and infinities included; NaN is left out of the statistics).</summary>
    public void WriteDoubles(ReadOnlySpan<double> values, ReadOnlySpan<bool> present = default)
    {
        var column = Next(WriterType.Double, values.Length);
        Add(file.Values(column, values, present, ChunkStatistics.Doubles(values, present)));
    }

    /// <summary>Ends the group; every column must have been written.</summary>
    public void Finish()
    {
        file.CheckUsable(this);
        if (chunks.Count != file.Columns.Count)
        {
            throw new InvalidOperationException($"the row group has {chunks.Count} of its {file.Columns.Count} columns; column '{file.Columns[chunks.Count].Name}' is next");
        }

        file.Finished(this, new RowGroupMetadata(Rows, [.. chunks]));
    }

    private WriterColumn Next(WriterType type, int values)
    {
        file.CheckUsable(this);
        if (chunks.Count == file.Columns.Count)
        {
            throw new InvalidOperationException("every column of the row group is written: finish it");
        }

        var column = file.Columns[chunks.Count];
        if (column.Type != type)
        {
            throw new InvalidOperationException($"column '{column.Name}' is {column.Type}, not {type}");
        }

        return values == Rows ? column : throw new ArgumentException($"column '{column.Name}': {values} values in a row group of {Rows} rows");
    }

    private void Add(ChunkMetadata chunk) => chunks.Add(chunk);
}
