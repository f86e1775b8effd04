using System.Runtime.InteropServices;
using PS = ParquetSharp;

namespace FunctionalScoring.Parquet.Tests.Reference;

/// <summary>
/// Writes one-column files with ParquetSharp (Arrow C++, the reference writer). Rows are given as
/// their stored bytes: 4 (INT32), 8 (INT64) or 12 (INT96) little-endian bytes, or the byte array; null for a null row.
/// Small pages (a few per row group) so that every test crosses page boundaries.
/// </summary>
public static class ReferenceFile
{
    public const string Column = "c";

    public static byte[] Write(Shape shape, Settings settings, IReadOnlyList<byte[]?> rows)
    {
        using var stream = new MemoryStream();
        using (var logical = shape.Logical())
        using (var node = new PS.Schema.PrimitiveNode(
            Column, settings.Optional ? PS.Repetition.Optional : PS.Repetition.Required, logical, Physical(shape.Physical), shape.TypeLength))
        using (var schema = new PS.Schema.GroupNode("schema", PS.Repetition.Required, [node]))
        using (var properties = Properties(settings))
        using (var writer = new PS.ParquetFileWriter(stream, schema, properties, null, leaveOpen: true))
        {
            foreach (var group in rows.Chunk(settings.RowGroupRows))
            {
                using var rowGroup = writer.AppendRowGroup();
                using var column = rowGroup.NextColumn();
                WriteColumn(column, settings.Optional, group);
            }

            writer.Close();
        }

        return stream.ToArray();
    }

    private static PS.WriterProperties Properties(Settings settings)
    {
        using var builder = new PS.WriterPropertiesBuilder();
        builder.Compression(settings.Codec)
            .DataPageVersion(settings.PageVersion)
            .Version(settings.FormatOne ? PS.ParquetVersion.PARQUET_1_0 : PS.ParquetVersion.PARQUET_2_6)
            .DataPagesize(256)
            .WriteBatchSize(16)
            .DictionaryPagesizeLimit(settings.DictionaryLimit);
        if (settings.Checksums)
        {
            builder.EnablePageChecksum();
        }

        if (settings.Encoding == WriteEncoding.Dictionary)
        {
            builder.EnableDictionary();
        }
        else
        {
            builder.DisableDictionary().Encoding(settings.Encoding switch
            {
                WriteEncoding.Plain => PS.Encoding.Plain,
                WriteEncoding.DeltaBinaryPacked => PS.Encoding.DeltaBinaryPacked,
                WriteEncoding.DeltaLengthByteArray => PS.Encoding.DeltaLengthByteArray,
                WriteEncoding.DeltaByteArray => PS.Encoding.DeltaByteArray,
                _ => PS.Encoding.ByteStreamSplit,
            });
        }

        return builder.Build();
    }

    private static void WriteColumn(PS.ColumnWriter column, bool optional, byte[]?[] rows)
    {
        var levels = optional ? rows.Select(r => (short)(r is null ? 0 : 1)).ToArray() : null;
        var dense = rows.OfType<byte[]>().ToArray();
        switch (column)
        {
            case PS.ColumnWriter<int> ints:
                ints.WriteBatch(rows.Length, levels, null, dense.Select(b => BitConverter.ToInt32(b)).ToArray());
                break;
            case PS.ColumnWriter<long> longs:
                longs.WriteBatch(rows.Length, levels, null, dense.Select(b => BitConverter.ToInt64(b)).ToArray());
                break;
            case PS.ColumnWriter<PS.Int96> int96s:
                int96s.WriteBatch(rows.Length, levels, null, dense.Select(b => new PS.Int96(BitConverter.ToInt32(b), BitConverter.ToInt32(b, 4), BitConverter.ToInt32(b, 8))).ToArray());
                break;
            case PS.ColumnWriter<PS.ByteArray> arrays:
                WithPinned(dense, (address, offsets) => arrays.WriteBatch(rows.Length, levels, null,
                    dense.Select((b, i) => new PS.ByteArray(address + offsets[i], b.Length)).ToArray()));
                break;
            case PS.ColumnWriter<PS.FixedLenByteArray> fixeds:
                WithPinned(dense, (address, offsets) => fixeds.WriteBatch(rows.Length, levels, null,
                    dense.Select((_, i) => new PS.FixedLenByteArray(address + offsets[i])).ToArray()));
                break;
            default:
                throw new NotSupportedException(column.GetType().Name);
        }
    }

    /// <summary>The values back to back in pinned memory, for the writer's pointers.</summary>
    private static void WithPinned(byte[][] values, Action<nint, int[]> write)
    {
        var buffer = GC.AllocateArray<byte>(Math.Max(1, values.Sum(v => v.Length)), pinned: true);
        var offsets = new int[values.Length];
        var at = 0;
        for (var i = 0; i < values.Length; i++)
        {
            offsets[i] = at;
            values[i].CopyTo(buffer, at);
            at += values[i].Length;
        }

        write(Marshal.UnsafeAddrOfPinnedArrayElement(buffer, 0), offsets);
        GC.KeepAlive(buffer);
    }

    private static PS.PhysicalType Physical(PhysicalType type) => type switch
    {
        PhysicalType.Int32 => PS.PhysicalType.Int32,
        PhysicalType.Int64 => PS.PhysicalType.Int64,
        PhysicalType.Int96 => PS.PhysicalType.Int96,
        PhysicalType.ByteArray => PS.PhysicalType.ByteArray,
        _ => PS.PhysicalType.FixedLenByteArray,
    };
}
