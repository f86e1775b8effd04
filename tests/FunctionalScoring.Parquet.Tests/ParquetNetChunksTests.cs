using FunctionalScoring.Parquet.Tests.Reference;
using Parquet.Meta;
using Parquet.Schema;
using MetaTimeUnit = Parquet.Meta.TimeUnit;
using MetaType = Parquet.Meta.Type;
using PS = ParquetSharp;

namespace FunctionalScoring.Parquet.Tests;

/// <summary>The footer factory: what a schema element means, and where a chunk's bytes are.</summary>
public sealed class ParquetNetChunksTests
{
    public static TheoryData<string, ValueMeaning> Elements() => new()
    {
        { "INT32", new ValueMeaning.Integer(32, true) },
        { "INT32 INT_8", new ValueMeaning.Integer(8, true) },
        { "INT32 UINT_16", new ValueMeaning.Integer(16, false) },
        { "INT32 UINT_32", new ValueMeaning.Integer(32, false) },
        { "INT32 INT(16, unsigned)", new ValueMeaning.Integer(16, false) },
        { "INT32 INT(64, signed)", new ValueMeaning.Other("INT32 (INT(64, signed))") },
        { "INT64", new ValueMeaning.Integer(64, true) },
        { "INT64 UINT_64", new ValueMeaning.Integer(64, false) },
        { "INT32 DATE", new ValueMeaning.Date() },
        { "INT32 DATE logical", new ValueMeaning.Date() },
        { "INT64 TIMESTAMP_MILLIS", new ValueMeaning.Timestamp(TimeUnit.Millis) },
        { "INT64 TIMESTAMP_MICROS", new ValueMeaning.Timestamp(TimeUnit.Micros) },
        { "INT64 TIMESTAMP(NANOS, local)", new ValueMeaning.Timestamp(TimeUnit.Nanos) },
        { "INT96", new ValueMeaning.Timestamp(TimeUnit.Nanos) },
        { "BYTE_ARRAY", new ValueMeaning.Text() },
        { "BYTE_ARRAY UTF8", new ValueMeaning.Text() },
        { "BYTE_ARRAY STRING", new ValueMeaning.Text() },
        { "FIXED_LEN_BYTE_ARRAY DECIMAL", new ValueMeaning.Other("FIXED_LEN_BYTE_ARRAY (DECIMAL(9,2))") },
        { "DOUBLE", new ValueMeaning.Other("DOUBLE (no annotation)") },
    };

    [Theory]
    [MemberData(nameof(Elements))]
    public void A_schema_element_means_its_logical_type_else_its_converted_type_else_its_physical_type(string element, ValueMeaning expected) =>
        Assert.Equal(expected, ParquetNetChunks.Meaning(Element(element)));

    [Fact]
    public void A_chunk_starts_at_its_dictionary_page_and_spans_its_compressed_size()
    {
        var (field, chunk) = OneChunk(WriteEncoding.Dictionary);

        Assert.True(ParquetNetChunks.TryDescribe(field, chunk, out var descriptor, out _));

        Assert.Equal(
            new ChunkDescriptor("c", PhysicalType.Int64, 0, CompressionCodec.Zstd, 1, 0, 3, new ValueMeaning.Integer(64, true), chunk.MetaData!.DictionaryPageOffset!.Value, chunk.MetaData.TotalCompressedSize),
            descriptor);
        Assert.True(chunk.MetaData.DictionaryPageOffset < chunk.MetaData.DataPageOffset);
    }

    [Fact]
    public void A_dictionary_offset_of_zero_means_none_and_the_chunk_starts_at_its_first_data_page()
    {
        var (field, chunk) = OneChunk(WriteEncoding.Plain);
        chunk.MetaData!.DictionaryPageOffset = 0;

        Assert.True(ParquetNetChunks.TryDescribe(field, chunk, out var descriptor, out _));

        Assert.Equal(chunk.MetaData.DataPageOffset, descriptor.Start);
    }

    [Fact]
    public void An_encrypted_or_external_chunk_is_unsupported_and_a_chunk_placed_at_byte_zero_is_corrupt()
    {
        var (field, chunk) = OneChunk(WriteEncoding.Plain);
        var (_, external) = OneChunk(WriteEncoding.Plain);
        external.FilePath = "elsewhere.parquet";
        var (_, encrypted) = OneChunk(WriteEncoding.Plain);
        encrypted.MetaData = null;
        chunk.MetaData!.DataPageOffset = 0;

        ChunkError?[] errors = [.. new[] { external, encrypted, chunk }.Select(c => ParquetNetChunks.TryDescribe(field, c, out _, out var error) ? null : error)];

        Assert.Equal(
        new ChunkError?[]
        {
            new UnsupportedChunk("c", "a column chunk stored in another file ('elsewhere.parquet')"),
            new UnsupportedChunk("c", "column encryption"),
            new CorruptChunk("c", null, 0, $"the footer places the chunk at byte 0 with {chunk.MetaData.TotalCompressedSize} bytes"),
        }, errors);
    }

    private static (DataField Field, ColumnChunk Chunk) OneChunk(WriteEncoding encoding)
    {
        var file = ReferenceFile.Write(
            Shape.Int64, new Settings(encoding, PS.ParquetDataPageVersion.V1, PS.Compression.Zstd, Optional: true),
            [BitConverter.GetBytes(1L), null, BitConverter.GetBytes(1L)]);
        var (field, chunks) = Component.Footer(file, ReferenceFile.Column);
        return (field, chunks[0]);
    }

    private static SchemaElement Element(string description) => description switch
    {
        "INT32" => new() { Type = MetaType.INT32 },
        "INT32 INT_8" => new() { Type = MetaType.INT32, ConvertedType = ConvertedType.INT_8 },
        "INT32 UINT_16" => new() { Type = MetaType.INT32, ConvertedType = ConvertedType.UINT_16 },
        "INT32 UINT_32" => new() { Type = MetaType.INT32, ConvertedType = ConvertedType.UINT_32 },
        "INT32 INT(16, unsigned)" => new() { Type = MetaType.INT32, LogicalType = new() { INTEGER = new() { BitWidth = 16, IsSigned = false } } },
        "INT32 INT(64, signed)" => new() { Type = MetaType.INT32, LogicalType = new() { INTEGER = new() { BitWidth = 64, IsSigned = true } } },
        "INT64" => new() { Type = MetaType.INT64 },
        "INT64 UINT_64" => new() { Type = MetaType.INT64, ConvertedType = ConvertedType.UINT_64 },
        "INT32 DATE" => new() { Type = MetaType.INT32, ConvertedType = ConvertedType.DATE },
        "INT32 DATE logical" => new() { Type = MetaType.INT32, LogicalType = new() { DATE = new() } },
        "INT64 TIMESTAMP_MILLIS" => new() { Type = MetaType.INT64, ConvertedType = ConvertedType.TIMESTAMP_MILLIS },
        "INT64 TIMESTAMP_MICROS" => new() { Type = MetaType.INT64, ConvertedType = ConvertedType.TIMESTAMP_MICROS },
        "INT64 TIMESTAMP(NANOS, local)" => new()
        {
            Type = MetaType.INT64,
            LogicalType = new() { TIMESTAMP = new() { IsAdjustedToUTC = false, Unit = new MetaTimeUnit { NANOS = new() } } },
        },
        "INT96" => new() { Type = MetaType.INT96 },
        "BYTE_ARRAY" => new() { Type = MetaType.BYTE_ARRAY },
        "BYTE_ARRAY UTF8" => new() { Type = MetaType.BYTE_ARRAY, ConvertedType = ConvertedType.UTF8 },
        "BYTE_ARRAY STRING" => new() { Type = MetaType.BYTE_ARRAY, LogicalType = new() { STRING = new() } },
        "FIXED_LEN_BYTE_ARRAY DECIMAL" => new()
        {
            Type = MetaType.FIXED_LEN_BYTE_ARRAY,
            TypeLength = 4,
            LogicalType = new() { DECIMAL = new() { Precision = 9, Scale = 2 } },
        },
        _ => new() { Type = MetaType.DOUBLE },
    };
}
