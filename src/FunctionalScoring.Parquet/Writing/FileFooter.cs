using FunctionalScoring.Parquet.Thrift;

namespace FunctionalScoring.Parquet.Writing;

/// <summary>One written row group: its rows and its column chunks in schema order.</summary>
internal sealed record RowGroupMetadata(long Rows, IReadOnlyList<ChunkMetadata> Chunks);

/// <summary>
/// The file's footer, Thrift <c>FileMetaData</c>: the schema (a root, then one element per column with
/// its logical type and, for older readers, its converted type), the row groups with each chunk's
/// <c>ColumnMetaData</c> and statistics, <c>created_by</c> and the type-defined column orders that
/// make <c>min_value</c>/<c>max_value</c> meaningful to readers.
/// </summary>
internal static class FileFooter
{
    private const int FormatVersion = 2;
    private const int Required = 0, Optional = 1;
    private const int Utf8 = 0, DateConverted = 6, Int64Converted = 18;

    public static void Write(ByteBuffer output, IReadOnlyList<WriterColumn> columns, IReadOnlyList<RowGroupMetadata> rowGroups, WriterOptions options)
    {
        var thrift = new CompactWriter(output);
        thrift.BeginStruct();
        thrift.Int32(1, FormatVersion);
        thrift.List(2, CompactReader.Struct, columns.Count + 1);
        thrift.BeginStruct();
        thrift.String(4, "root");
        thrift.Int32(5, columns.Count);
        thrift.EndStruct();
        foreach (var column in columns)
        {
            SchemaElement(thrift, column);
        }

        thrift.Int64(3, rowGroups.Sum(g => g.Rows));
        thrift.List(4, CompactReader.Struct, rowGroups.Count);
        for (var ordinal = 0; ordinal < rowGroups.Count; ordinal++)
        {
            RowGroup(thrift, rowGroups[ordinal], ordinal, options.Codec);
        }

        if (options.Metadata is { Count: > 0 } metadata)
        {
            thrift.List(5, CompactReader.Struct, metadata.Count);
            foreach (var (key, value) in metadata)
            {
                thrift.BeginStruct();
                thrift.String(1, key);
                thrift.String(2, value);
                thrift.EndStruct();
            }
        }

        thrift.String(6, options.CreatedBy ?? WriterOptions.DefaultCreatedBy);
        thrift.List(7, CompactReader.Struct, columns.Count);
        foreach (var _ in columns)
        {
            // ColumnOrder is a union whose one member, TYPE_ORDER (1), is an empty struct.
            thrift.BeginStruct();
            thrift.Struct(1);
            thrift.EndStruct();
            thrift.EndStruct();
        }

        thrift.EndStruct();
    }

    /// <summary>SchemaElement: 1 type, 3 repetition_type, 4 name, 6 converted_type, 10 logicalType (a union).</summary>
    private static void SchemaElement(CompactWriter thrift, WriterColumn column)
    {
        thrift.BeginStruct();
        thrift.Int32(1, PhysicalTypeOf(column.Type));
        thrift.Int32(3, column.Optional ? Optional : Required);
        thrift.String(4, column.Name);
        (int Converted, short Logical)? annotation = column.Type switch
        {
            WriterType.Text => (Utf8, 1),
            WriterType.Date => (DateConverted, 6),
            WriterType.Int64 => (Int64Converted, 10),
            _ => null,
        };
        if (annotation is var (converted, logical))
        {
            thrift.Int32(6, converted);
            thrift.Struct(10);
            thrift.Struct(logical);
            if (column.Type == WriterType.Int64)
            {
                // IntType: 1 bitWidth, 2 isSigned.
                thrift.Byte(1, 64);
                thrift.Bool(2, true);
            }

            thrift.EndStruct();
            thrift.EndStruct();
        }

        thrift.EndStruct();
    }

    /// <summary>RowGroup: 1 columns, 2 total_byte_size, 3 num_rows, 5 file_offset, 6 total_compressed_size, 7 ordinal.</summary>
    private static void RowGroup(CompactWriter thrift, RowGroupMetadata group, int ordinal, CompressionCodec codec)
    {
        thrift.BeginStruct();
        thrift.List(1, CompactReader.Struct, group.Chunks.Count);
        foreach (var chunk in group.Chunks)
        {
            ChunkFooter.Write(thrift, chunk, codec);
        }

        thrift.Int64(2, group.Chunks.Sum(c => c.UncompressedBytes));
        thrift.Int64(3, group.Rows);
        thrift.Int64(5, group.Chunks[0].Start);
        thrift.Int64(6, group.Chunks.Sum(c => c.CompressedBytes));
        thrift.Int16(7, checked((short)ordinal));
        thrift.EndStruct();
    }

    public static int PhysicalTypeOf(WriterType type) => (int)(type switch
    {
        WriterType.Text => PhysicalType.ByteArray,
        WriterType.Int64 => PhysicalType.Int64,
        WriterType.Date => PhysicalType.Int32,
        WriterType.Boolean => PhysicalType.Boolean,
        _ => PhysicalType.Double,
    });
}
