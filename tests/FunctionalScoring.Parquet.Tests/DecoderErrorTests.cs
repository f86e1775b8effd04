using FunctionalScoring.Parquet.Pages;
using FunctionalScoring.Parquet.Tests.Reference;
using PS = ParquetSharp;

namespace FunctionalScoring.Parquet.Tests;

/// <summary>
/// Bad bytes are corrupt, naming the page and where it starts; valid Parquet the decoder does not read
/// is unsupported, naming what; neither is ever thrown. Only buffers too small for the chunk throw.
/// </summary>
public sealed class DecoderErrorTests
{
    [Fact]
    public void A_nested_or_repeated_column_is_unsupported_and_says_why()
    {
        var (chunk, descriptor) = Chunk(WriteEncoding.Plain);

        var result = Integers(chunk, descriptor with { MaxDefinitionLevel = 2, MaxRepetitionLevel = 1 });

        Assert.Equal(new UnsupportedChunk("c", "nesting or repetition (maximum definition level 2, repetition level 1); only flat columns are read"), result);
    }

    [Fact]
    public void The_lzo_codec_is_unsupported()
    {
        var (chunk, descriptor) = Chunk(WriteEncoding.Plain);

        Assert.Equal(new UnsupportedChunk("c", "the LZO codec"), Integers(chunk, descriptor with { Codec = CompressionCodec.Lzo }));
    }

    [Fact]
    public void A_column_read_as_what_it_is_not_is_unsupported_naming_its_type()
    {
        var (chunk, descriptor) = Chunk(WriteEncoding.Plain);

        var result = ColumnChunkDecoder.DecodeDates(chunk, descriptor, new int[3], new ValueState[3]);

        Assert.Equal(new UnsupportedChunk("c", "INT64 (INT(64, signed)) values, read as dates"), result);
    }

    [Fact]
    public void An_encoding_the_type_does_not_take_is_unsupported_naming_both()
    {
        var (chunk, descriptor) = Chunk(WriteEncoding.DeltaBinaryPacked);

        var result = ColumnChunkDecoder.DecodeDates(chunk, descriptor with { Type = PhysicalType.Int96, Meaning = new ValueMeaning.Timestamp(TimeUnit.Nanos) }, new int[3], new ValueState[3]);

        Assert.Equal(new UnsupportedChunk("c", "the DELTA_BINARY_PACKED encoding for INT96 values"), result);
    }

    [Fact]
    public void A_chunk_cut_inside_its_second_page_is_corrupt_at_that_page()
    {
        var (chunk, descriptor) = Chunk(WriteEncoding.Plain, rows: 400);
        var second = PageHeader.Read(chunk).HeaderSize + PageHeader.Read(chunk).CompressedSize;

        var result = Integers(chunk[..(second + PageHeader.Read(chunk[second..]).HeaderSize + 1)], descriptor);

        Assert.Equal(new CorruptChunk("c", 1, second, $"the page's {PageHeader.Read(chunk[second..]).CompressedSize} bytes run past the end of the column chunk"), result);
    }

    [Fact]
    public void Bytes_that_are_no_page_header_are_corrupt_at_the_first_page()
    {
        var (_, descriptor) = Chunk(WriteEncoding.Plain);

        var result = Integers([0x15, 0x00, 0x15, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], descriptor);

        Assert.Equal(new CorruptChunk("c", 0, 0, "a page header integer does not fit in 32 bits"), result);
    }

    [Fact]
    public void A_chunk_holding_fewer_values_than_its_footer_says_is_corrupt()
    {
        var (chunk, descriptor) = Chunk(WriteEncoding.Plain);

        var result = Integers(chunk, descriptor with { ValueCount = 4 });

        Assert.Equal(new CorruptChunk("c", 1, chunk.Length, "the column chunk ends after 3 of its 4 values"), result);
    }

    [Fact]
    public void Buffers_smaller_than_the_chunk_are_the_callers_bug_and_throw()
    {
        var (chunk, descriptor) = Chunk(WriteEncoding.Plain);

        Assert.Throws<ArgumentException>(() => ColumnChunkDecoder.DecodeIntegers(chunk, descriptor, new long[2], new ValueState[3]));
    }

    private static ChunkResult Integers(ReadOnlySpan<byte> chunk, ChunkDescriptor descriptor) =>
        ColumnChunkDecoder.DecodeIntegers(chunk, descriptor, new long[descriptor.ValueCount], new ValueState[descriptor.ValueCount]);

    /// <summary>An optional INT64 column's first chunk, uncompressed.</summary>
    private static (byte[] Chunk, ChunkDescriptor Descriptor) Chunk(WriteEncoding encoding, int rows = 3)
    {
        var file = ReferenceFile.Write(
            Shape.Int64, new Settings(encoding, PS.ParquetDataPageVersion.V1, PS.Compression.Uncompressed, Optional: true),
            [.. Enumerable.Range(0, rows).Select(i => i % 3 == 1 ? null : BitConverter.GetBytes((long)i))]);
        var (field, chunks) = Component.Footer(file, ReferenceFile.Column);
        Assert.True(ParquetNetChunks.TryDescribe(field, chunks[0], out var descriptor, out _));
        return (file[(int)descriptor.Start..(int)(descriptor.Start + descriptor.Length)], descriptor);
    }
}
