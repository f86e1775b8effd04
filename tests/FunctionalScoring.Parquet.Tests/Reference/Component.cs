using Parquet;
using Parquet.Meta;
using Parquet.Schema;

namespace FunctionalScoring.Parquet.Tests.Reference;

/// <summary>
/// Runs the component as a caller would: Parquet.Net reads the footer, <see cref="ParquetNetChunks"/>
/// describes each row group's chunk, and the chunk's bytes are decoded into fresh buffers.
/// </summary>
public static class Component
{
    /// <summary>Every row of <paramref name="column"/>, or the first row group's error.</summary>
    public static Decoding Decode(byte[] file, string column, Target target, TextRendering text = TextRendering.Hex)
    {
        var (field, chunks) = Footer(file, column);
        var rows = new List<Row>();
        var descriptors = new List<ChunkDescriptor>();
        foreach (var metadata in chunks)
        {
            if (!ParquetNetChunks.TryDescribe(field, metadata, out var descriptor, out var error))
            {
                return new Decoding(rows, descriptors, error);
            }

            descriptors.Add(descriptor);
            var chunk = file.AsSpan((int)descriptor.Start, (int)Math.Min(descriptor.Length, file.Length - descriptor.Start));
            var (result, groupRows) = DecodeChunk(chunk, descriptor, target, text);
            if (result is ChunkError failed)
            {
                return new Decoding(rows, descriptors, failed);
            }

            rows.AddRange(groupRows);
        }

        return new Decoding(rows, descriptors, null);
    }

    /// <summary>The data fields of a file, as Parquet.Net lists them.</summary>
    public static DataField[] Fields(byte[] file) => WithReader(file, reader => reader.Schema.GetDataFields());

    /// <summary>The field of <paramref name="column"/> and its chunk metadata in each row group, from Parquet.Net.</summary>
    public static (DataField Field, List<ColumnChunk> Chunks) Footer(byte[] file, string column) => WithReader(file, reader =>
    {
        var field = reader.Schema.GetDataFields().Single(f => f.Path.ToString() == column);
        var chunks = Enumerable.Range(0, reader.RowGroupCount).Select(g => reader.OpenRowGroupReader(g).GetMetadata(field)!).ToList();
        return (field, chunks);
    });

    private static T WithReader<T>(byte[] file, Func<ParquetReader, T> read)
    {
        using var stream = new MemoryStream(file);
        var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        try
        {
            return read(reader);
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    public static (ChunkResult Result, List<Row> Rows) DecodeChunk(ReadOnlySpan<byte> chunk, ChunkDescriptor descriptor, Target target, TextRendering text)
    {
        var count = (int)descriptor.ValueCount;
        var states = new ValueState[count];
        switch (target)
        {
            case Target.Integers:
                var longs = new long[count];
                var integers = ColumnChunkDecoder.DecodeIntegers(chunk, descriptor, longs, states);
                return (integers, Rows(states, i => Row.Integer(longs[i])));
            case Target.Dates:
                var days = new int[count];
                var dates = ColumnChunkDecoder.DecodeDates(chunk, descriptor, days, states);
                return (dates, Rows(states, i => Row.Day(days[i])));
            default:
                var codes = new int[count];
                if (text == TextRendering.Hex)
                {
                    var table = new ByteTable();
                    return (ColumnChunkDecoder.DecodeText(chunk, descriptor, table, codes, states), Rows(states, i => Row.Text(table[codes[i]])));
                }

                var interner = new Utf8Interner();
                return (ColumnChunkDecoder.DecodeText(chunk, descriptor, interner, codes, states), Rows(states, i => Row.Text(interner[codes[i]])));
        }
    }

    private static List<Row> Rows(ValueState[] states, Func<int, Row> present) =>
        [.. states.Select((state, i) => state switch
        {
            ValueState.Present => present(i),
            ValueState.Null => Row.Null,
            ValueState.OutOfRange => Row.OutOfRange,
            _ => Row.InvalidText,
        })];
}

/// <summary>What the component decoded: the rows of the row groups before any error, their descriptors, and the error (compare the parts: lists compare by reference).</summary>
public sealed record Decoding(List<Row> Rows, List<ChunkDescriptor> Descriptors, ChunkError? Error);
