using FunctionalScoring.Shell.Parquet;
using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;

namespace FunctionalScoring.Shell.Merging;

/// <summary>One output column being read back, row group by row group, into a pre-sized array.</summary>
internal abstract class ColumnBuffer(string name)
{
    protected string Name { get; } = name;

    public static ColumnBuffer For(OutputColumn column, int rows) => column.Type switch
    {
        OutputType.String => new Strings(column.Name, rows),
        OutputType.Int64 => new Values<long>(column.Name, rows, v => new Int64DataFrameColumn(column.Name, v)),
        OutputType.Date => new Values<DateOnly>(column.Name, rows, v => new PrimitiveDataFrameColumn<DateOnly>(column.Name, v)),
        OutputType.Boolean => new Values<bool>(column.Name, rows, v => new BooleanDataFrameColumn(column.Name, v)),
        OutputType.Double => new Values<double>(column.Name, rows, v => new DoubleDataFrameColumn(column.Name, v)),
        OutputType.Decimal92 => new Values<decimal>(column.Name, rows, v => new DecimalDataFrameColumn(column.Name, v)),
        _ => throw new NotSupportedException($"column '{column.Name}': {column.Type} is not an output type"),
    };

    public abstract ValueTask ReadAsync(ParquetRowGroupReader group, DataField field, int offset, int count, CancellationToken ct);

    public abstract DataFrameColumn ToColumn();

    private sealed class Strings(string name, int rows) : ColumnBuffer(name)
    {
        private readonly string?[] values = new string?[rows];

        public override ValueTask ReadAsync(ParquetRowGroupReader group, DataField field, int offset, int count, CancellationToken ct) =>
            group.ReadAsync(field, values.AsMemory(offset, count), null, ct);

        public override DataFrameColumn ToColumn() => new StringDataFrameColumn(Name, values);
    }

    private sealed class Values<T>(string name, int rows, Func<T?[], DataFrameColumn> wrap) : ColumnBuffer(name)
        where T : struct
    {
        private readonly T?[] values = new T?[rows];

        public override ValueTask ReadAsync(ParquetRowGroupReader group, DataField field, int offset, int count, CancellationToken ct) =>
            group.ReadAsync<T>(field, values.AsMemory(offset, count), null, ct);

        public override DataFrameColumn ToColumn() => wrap(values);
    }
}
