using System.Runtime.InteropServices;
using LanguageExt;
using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// Copies a stream's batches into one pre-sized buffer per column, then wraps the buffers as DataFrame columns
/// without copying them again: the row count is known from the footers before the first page is read.
/// </summary>
internal sealed class FrameBuilder
{
    private readonly Seq<ColumnSpec> specs;
    private readonly byte[][] values;
    private readonly byte[][] validity;
    private readonly int[] nullCounts;
    private readonly int rows;
    private int written;

    private FrameBuilder(Seq<ColumnSpec> specs, int rows)
    {
        this.specs = specs;
        this.rows = rows;
        values = specs.Map(s => new byte[rows * ValueSize(s.Kind)]).ToArray();
        validity = specs.Map(_ => new byte[(rows + 7) / 8]).ToArray();
        nullCounts = new int[specs.Count];
    }

    public static async Task<Either<ParquetInputError, LoadedTable>> BuildAsync(
        ParquetTableStream stream, Option<Action<ReadProgress>> progress, CancellationToken ct)
    {
        var limit = int.MaxValue / stream.Columns.Map(c => ValueSize(c.Kind)).Fold(1, Math.Max);
        if (stream.RowsToDecode > limit)
        {
            return ParquetInputError.TooManyRows(stream.Location.Table, stream.RowsToDecode, limit);
        }

        var builder = new FrameBuilder(stream.Columns, (int)stream.RowsToDecode);
        await foreach (var step in stream.ReadAsync(progress, ct))
        {
            if (step.Case is ParquetInputError error)
            {
                return error;
            }

            builder.Append((RowGroupBatch)step.Case);
        }

        var dictionaries = stream.Dictionaries.Map(d => d.ToArray());
        return new LoadedTable(stream.Location.Table, builder.ToFrame(), dictionaries, stream.Files);
    }

    private static int ValueSize(ColumnKind kind) => kind == ColumnKind.Integer ? sizeof(long) : sizeof(int);

    private void Append(RowGroupBatch batch)
    {
        if (batch.Skipped)
        {
            return;
        }

        for (var c = 0; c < batch.Columns.Count; c++)
        {
            var column = batch.Columns[c];
            if (column.Spec.Kind == ColumnKind.Integer)
            {
                column.Int64Values.CopyTo(MemoryMarshal.Cast<byte, long>(values[c].AsSpan())[written..]);
            }
            else
            {
                column.Int32Values.CopyTo(MemoryMarshal.Cast<byte, int>(values[c].AsSpan())[written..]);
            }

            SetValidBits(validity[c], written, column.HasValue);
            nullCounts[c] += column.NullCount;
        }

        written += batch.RowCount;
    }

    // Arrow's layout, which DataFrame columns wrap: bit i of the bitmap is set when row i holds a value.
    private static void SetValidBits(byte[] bitmap, int offset, ReadOnlySpan<bool> present)
    {
        for (var i = 0; i < present.Length; i++)
        {
            if (present[i])
            {
                var row = offset + i;
                bitmap[row >> 3] |= (byte)(1 << (row & 7));
            }
        }
    }

    private DataFrame ToFrame()
    {
        if (written != rows)
        {
            throw new InvalidOperationException($"expected {rows} rows, read {written}");
        }

        var columns = specs.Map((i, spec) => spec.Kind == ColumnKind.Integer
            ? (DataFrameColumn)new Int64DataFrameColumn(spec.Name, values[i], validity[i], rows, nullCounts[i])
            : new Int32DataFrameColumn(spec.Name, values[i], validity[i], rows, nullCounts[i]));
        return new DataFrame(columns.ToArray());
    }
}
