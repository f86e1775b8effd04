using FunctionalScoring.Parquet.Thrift;

namespace FunctionalScoring.Parquet.Writing;

/// <summary>One column chunk's entry in the footer: where its pages are, how they are encoded, its statistics.</summary>
internal static class ChunkFooter
{
    /// <summary>
    /// ColumnChunk: 2 file_offset (where the chunk starts), 3 meta_data. ColumnMetaData: 1 type, 2 encodings,
    /// 3 path_in_schema, 4 codec, 5 num_values, 6 total_uncompressed_size, 7 total_compressed_size,
    /// 9 data_page_offset, 11 dictionary_page_offset, 12 statistics, 13 encoding_stats.
    /// </summary>
    public static void Write(CompactWriter thrift, ChunkMetadata chunk, CompressionCodec codec)
    {
        thrift.BeginStruct();
        thrift.Int64(2, chunk.Start);
        thrift.Struct(3);
        thrift.Int32(1, FileFooter.PhysicalTypeOf(chunk.Column.Type));
        thrift.List(2, CompactReader.I32, chunk.Encodings.Count);
        foreach (var encoding in chunk.Encodings)
        {
            thrift.Int32Element(encoding);
        }

        thrift.List(3, CompactReader.Binary, 1);
        thrift.StringElement(chunk.Column.Name);
        thrift.Int32(4, (int)codec);
        thrift.Int64(5, chunk.Values);
        thrift.Int64(6, chunk.UncompressedBytes);
        thrift.Int64(7, chunk.CompressedBytes);
        thrift.Int64(9, chunk.DataPageOffset);
        if (chunk.DictionaryPageOffset is { } dictionary)
        {
            thrift.Int64(11, dictionary);
        }

        Statistics(thrift, chunk.Statistics);
        EncodingStats(thrift, chunk);
        thrift.EndStruct();
        thrift.EndStruct();
    }

    /// <summary>Statistics: 1 max, 2 min (deprecated, signed orders only), 3 null_count, 5 max_value, 6 min_value, 7/8 exactness.</summary>
    private static void Statistics(CompactWriter thrift, ChunkStatistics statistics)
    {
        thrift.Struct(12);
        if (statistics is { Signed: true, Min: { } oldMin, Max: { } oldMax })
        {
            thrift.Binary(1, oldMax);
            thrift.Binary(2, oldMin);
        }

        thrift.Int64(3, statistics.NullCount);
        if (statistics is { Min: { } min, Max: { } max })
        {
            thrift.Binary(5, max);
            thrift.Binary(6, min);
            thrift.Bool(7, true);
            thrift.Bool(8, true);
        }

        thrift.EndStruct();
    }

    /// <summary>PageEncodingStats (1 page_type, 2 encoding, 3 count): lets a reader see that every data page is dictionary-encoded.</summary>
    private static void EncodingStats(CompactWriter thrift, ChunkMetadata chunk)
    {
        var dictionary = chunk.DictionaryPageOffset is not null;
        thrift.List(13, CompactReader.Struct, dictionary ? 2 : 1);
        if (dictionary)
        {
            PageStats(thrift, PageOutput.DictionaryPage, Encodings.Encoding.Plain, 1);
        }

        PageStats(thrift, PageOutput.DataPage, chunk.DataEncoding, chunk.DataPages);
    }

    private static void PageStats(CompactWriter thrift, int pageType, int encoding, int count)
    {
        thrift.BeginStruct();
        thrift.Int32(1, pageType);
        thrift.Int32(2, encoding);
        thrift.Int32(3, count);
        thrift.EndStruct();
    }
}
