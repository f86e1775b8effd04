using FunctionalScoring.Parquet.Tests.Reference;

namespace FunctionalScoring.Parquet.Tests.Writing;

/// <summary>
/// Reads a written table back with the project's own decoder (<see cref="ColumnChunkDecoder"/>),
/// chunk by chunk as its callers do. It decodes text, integers and dates; a BOOLEAN or DOUBLE column
/// comes back null (not read).
/// </summary>
public static class DecoderReading
{
    public static object?[]?[] Read(byte[] file, TableCase table) =>
        table.Columns.Select(column => column.Type is WriterType.Boolean or WriterType.Double ? null : Column(file, column)).ToArray();

    private static object?[] Column(byte[] file, WriterColumn column)
    {
        var (field, chunks) = Component.Footer(file, column.Name);
        var values = new List<object?>();
        var interner = new Utf8Interner();
        foreach (var metadata in chunks)
        {
            if (!ParquetNetChunks.TryDescribe(field, metadata, out var chunk, out var error))
            {
                throw new InvalidOperationException(error.Message);
            }

            var bytes = file.AsSpan(checked((int)chunk.Start), checked((int)chunk.Length));
            var rows = checked((int)chunk.ValueCount);
            var states = new ValueState[rows];
            var longs = new long[rows];
            var ints = new int[rows];
            var result = column.Type switch
            {
                WriterType.Text => ColumnChunkDecoder.DecodeText(bytes, chunk, interner, ints, states),
                WriterType.Int64 => ColumnChunkDecoder.DecodeIntegers(bytes, chunk, longs, states),
                _ => ColumnChunkDecoder.DecodeDates(bytes, chunk, ints, states),
            };
            if (result is not ChunkDecoded { Rejected: 0 })
            {
                throw new InvalidOperationException($"the decoder refused column '{column.Name}': {result}");
            }

            values.AddRange(Enumerable.Range(0, rows).Select(i => states[i] == ValueState.Null ? null : column.Type switch
            {
                WriterType.Text => interner[ints[i]],
                WriterType.Int64 => longs[i],
                _ => (object)DateOnly.FromDayNumber(ints[i]),
            }));
        }

        return [.. values];
    }
}
