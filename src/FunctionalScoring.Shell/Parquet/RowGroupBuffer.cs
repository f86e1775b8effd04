using FunctionalScoring.Parquet;
using LanguageExt;
using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// The rows of one row group of an output table, held column by column as <see cref="ParquetFileWriter"/>
/// takes them (text as codes, values with presence flags): filled from typed values or from a DataFrame,
/// written, cleared and filled again. Every column is OPTIONAL, as in every output file.
/// </summary>
internal sealed class RowGroupBuffer
{
    private readonly IColumnBuffer[] columns;

    public RowGroupBuffer(Seq<OutputColumn> schema)
    {
        Schema = schema;
        columns = [.. schema.Map(Column)];
    }

    public Seq<OutputColumn> Schema { get; }

    /// <summary>The writer's schema for these columns.</summary>
    public IReadOnlyList<WriterColumn> WriterColumns => [.. Schema.Map(c => new WriterColumn(c.Name, WriterType(c), Optional: true))];

    /// <summary>Rows held (every column holds as many once a row is complete).</summary>
    public int Count => columns[0].Count;

    /// <summary>The column named <paramref name="name"/>, as the buffer type its output type takes.</summary>
    public T Column<T>(string name)
        where T : class, IColumnBuffer =>
        columns.SingleOrDefault(c => c.Name == name) as T ?? throw new ArgumentException($"the table has no column '{name}' of that type", nameof(name));

    /// <summary>Rows [<paramref name="start"/>, + <paramref name="count"/>) of <paramref name="frame"/>: each column the frame column of its name.</summary>
    public void AddFrameRows(DataFrame frame, int start, int count)
    {
        foreach (var column in columns)
        {
            column.AddRange(frame.Columns[column.Name], start, count);
        }
    }

    public void WriteTo(ParquetFileWriter file)
    {
        var group = file.StartRowGroup(Count);
        foreach (var column in columns)
        {
            column.WriteTo(group);
        }

        group.Finish();
    }

    public DataFrame ToDataFrame() => new(columns.Select(c => c.ToFrameColumn()));

    public void Clear()
    {
        foreach (var column in columns)
        {
            column.Clear();
        }
    }

    private static IColumnBuffer Column(OutputColumn column) => column.Type switch
    {
        OutputType.String => new TextColumnBuffer(column.Name),
        OutputType.Int64 => new ValueColumnBuffer<long>(column.Name, ValueColumnKinds.Int64),
        OutputType.Date => new ValueColumnBuffer<int>(column.Name, ValueColumnKinds.Date),
        OutputType.Boolean => new ValueColumnBuffer<bool>(column.Name, ValueColumnKinds.Boolean),
        OutputType.Double => new ValueColumnBuffer<double>(column.Name, ValueColumnKinds.Double),
        _ => throw new NotSupportedException($"column '{column.Name}': {column.Type} is written by Parquet.Net only"),
    };

    private static WriterType WriterType(OutputColumn column) => column.Type switch
    {
        OutputType.String => FunctionalScoring.Parquet.WriterType.Text,
        OutputType.Int64 => FunctionalScoring.Parquet.WriterType.Int64,
        OutputType.Date => FunctionalScoring.Parquet.WriterType.Date,
        OutputType.Boolean => FunctionalScoring.Parquet.WriterType.Boolean,
        _ => FunctionalScoring.Parquet.WriterType.Double,
    };
}
