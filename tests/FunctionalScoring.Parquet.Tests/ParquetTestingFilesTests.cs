using FunctionalScoring.Parquet.Tests.Reference;
using MetaCodec = Parquet.Meta.CompressionCodec;
using MetaEncoding = Parquet.Meta.Encoding;

namespace FunctionalScoring.Parquet.Tests;

/// <summary>
/// Files real writers made (Spark/parquet-mr, Impala, pyarrow, parquet-rs, Hadoop), vendored from
/// apache/parquet-testing: every flat column decodes as Arrow reads it or to the values the repository
/// publishes, everything else is refused as unsupported — never as corrupt — and the files whose CRCs
/// were broken on purpose are reported corrupt at the right page.
/// </summary>
public sealed class ParquetTestingFilesTests
{
    private static readonly string[] CorruptOnPurpose = ["datapage_v1-corrupt-checksum.parquet", "rle-dict-uncompressed-corrupt-checksum.parquet"];

    /// <summary>Parquet.Net cannot open it (FLOAT16 columns): its byte-stream-split chunks are tested by walking its pages.</summary>
    private const string Float16File = "byte_stream_split_extended.gzip.parquet";

    public static TheoryData<string> ValidFiles() =>
        [.. Directory.GetFiles(RealFiles.Folder, "*.parquet").Select(Path.GetFileName).OfType<string>()
            .Where(name => !CorruptOnPurpose.Contains(name) && name != Float16File).Order()];

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Every_flat_column_decodes_as_arrow_reads_it_and_the_rest_is_unsupported_never_corrupt(string name)
    {
        var file = RealFiles.Bytes(name);
        foreach (var (index, field, meaning) in RealFiles.Columns(file))
        {
            var target = RealFiles.TargetOf(meaning);
            var decoded = Component.Decode(file, field.Path.ToString(), target ?? Target.Integers);
            if (target is null || field.MaxRepetitionLevel > 0 || field.MaxDefinitionLevel > 1)
            {
                Assert.IsType<UnsupportedChunk>(decoded.Error);
                continue;
            }

            var physical = decoded.Descriptors[0].Type;
            var expected = ReferenceReader.Read(file, index, verifyChecksums: true).Select(raw => Expected.Of(physical, meaning, raw, TextRendering.Hex));
            Assert.Null(decoded.Error);
            Assert.Equal(expected, decoded.Rows);
        }
    }

    [Theory]
    [InlineData("alltypes_plain.snappy.parquet", "timestamp_col", MetaCodec.SNAPPY, MetaEncoding.PLAIN_DICTIONARY)]
    [InlineData("alltypes_dictionary.parquet", "string_col", MetaCodec.UNCOMPRESSED, MetaEncoding.PLAIN_DICTIONARY)]
    [InlineData("binary.parquet", "foo", MetaCodec.UNCOMPRESSED, MetaEncoding.PLAIN)]
    [InlineData("concatenated_gzip_members.parquet", "long_col", MetaCodec.GZIP, MetaEncoding.PLAIN)]
    [InlineData("datapage_v1-snappy-compressed-checksum.parquet", "a", MetaCodec.SNAPPY, MetaEncoding.PLAIN)]
    [InlineData("datapage_v2.snappy.parquet", "a", MetaCodec.SNAPPY, MetaEncoding.RLE_DICTIONARY)]
    [InlineData("datapage_v2.snappy.parquet", "b", MetaCodec.SNAPPY, MetaEncoding.DELTA_BINARY_PACKED)]
    [InlineData("delta_binary_packed.parquet", "bitwidth64", MetaCodec.UNCOMPRESSED, MetaEncoding.DELTA_BINARY_PACKED)]
    [InlineData("delta_binary_packed.parquet", "int_value", MetaCodec.UNCOMPRESSED, MetaEncoding.DELTA_BINARY_PACKED)]
    [InlineData("delta_byte_array.parquet", "c_email_address", MetaCodec.UNCOMPRESSED, MetaEncoding.DELTA_BYTE_ARRAY)]
    [InlineData("delta_encoding_optional_column.parquet", "c_customer_sk", MetaCodec.UNCOMPRESSED, MetaEncoding.DELTA_BINARY_PACKED)]
    [InlineData("delta_encoding_optional_column.parquet", "c_email_address", MetaCodec.UNCOMPRESSED, MetaEncoding.DELTA_BYTE_ARRAY)]
    [InlineData("delta_length_byte_array.parquet", "FRUIT", MetaCodec.ZSTD, MetaEncoding.DELTA_LENGTH_BYTE_ARRAY)]
    [InlineData("fixed_length_byte_array.parquet", "flba_field", MetaCodec.UNCOMPRESSED, MetaEncoding.PLAIN)]
    [InlineData("hadoop_lz4_compressed.parquet", "c1", MetaCodec.LZ4, MetaEncoding.PLAIN_DICTIONARY)]
    [InlineData("hadoop_lz4_compressed_larger.parquet", "a", MetaCodec.LZ4, MetaEncoding.PLAIN)]
    [InlineData("int96_from_spark.parquet", "a", MetaCodec.SNAPPY, MetaEncoding.PLAIN_DICTIONARY)]
    [InlineData("lz4_raw_compressed.parquet", "c1", MetaCodec.LZ4_RAW, MetaEncoding.PLAIN)]
    [InlineData("non_hadoop_lz4_compressed.parquet", "c1", MetaCodec.LZ4, MetaEncoding.PLAIN)]
    [InlineData("page_v2_empty_compressed.parquet", "integer_column", MetaCodec.ZSTD, MetaEncoding.PLAIN)]
    [InlineData("rle-dict-snappy-checksum.parquet", "binary_field", MetaCodec.SNAPPY, MetaEncoding.RLE_DICTIONARY)]
    public void A_file_exercises_the_codec_and_encoding_it_is_named_for_and_decodes(string name, string column, MetaCodec codec, MetaEncoding encoding)
    {
        var file = RealFiles.Bytes(name);
        var (field, chunks) = Component.Footer(file, column);
        var target = RealFiles.TargetOf(ParquetNetChunks.Meaning(field.SchemaElement!))!.Value;

        var decoded = Component.Decode(file, column, target);

        Assert.All(chunks, chunk => Assert.Equal(codec, chunk.MetaData!.Codec));
        Assert.Contains(chunks, chunk => chunk.MetaData!.Encodings.Contains(encoding));
        Assert.Null(decoded.Error);
        Assert.NotEmpty(decoded.Rows);
    }

    [Theory]
    [InlineData("delta_binary_packed.parquet", "delta_binary_packed_expect.csv")]
    [InlineData("delta_byte_array.parquet", "delta_byte_array_expect.csv")]
    [InlineData("delta_encoding_required_column.parquet", "delta_encoding_required_column_expect.csv")]
    [InlineData("delta_encoding_optional_column.parquet", "delta_encoding_optional_column_expect.csv")]
    public void Delta_encoded_files_decode_to_the_values_the_repository_publishes(string name, string expectations)
    {
        var file = RealFiles.Bytes(name);
        foreach (var (index, field, meaning) in RealFiles.Columns(file))
        {
            var target = RealFiles.TargetOf(meaning)!.Value;

            var decoded = Component.Decode(file, field.Path.ToString(), target, TextRendering.Utf8);

            Assert.Null(decoded.Error);
            Assert.Equal(ExpectCsv.Column(expectations, index, target), decoded.Rows);
        }
    }

    [Fact]
    public void Spark_int96_timestamps_read_as_their_utc_dates_with_the_year_290000_flagged_out_of_range()
    {
        // int96_from_spark.md: 2024-01-01T12:34:56.123456Z, 2024-01-01T01:00:00Z, 9999-12-31T03:00:00Z,
        // 2024-12-30T23:00:00Z, null, 290000-12-30T23:00:00Z.
        var decoded = Component.Decode(RealFiles.Bytes("int96_from_spark.parquet"), "a", Target.Dates);

        Assert.Equal(
            [Row.Day(Day(2024, 1, 1)), Row.Day(Day(2024, 1, 1)), Row.Day(Day(9999, 12, 31)), Row.Day(Day(2024, 12, 30)), Row.Null, Row.OutOfRange],
            decoded.Rows);
    }

    [Theory]
    [InlineData("datapage_v1-corrupt-checksum.parquet", "a", 0, 0)]
    [InlineData("datapage_v1-corrupt-checksum.parquet", "b", 1, 10_268)]
    [InlineData("rle-dict-uncompressed-corrupt-checksum.parquet", "long_field", 0, 0)]
    [InlineData("rle-dict-uncompressed-corrupt-checksum.parquet", "binary_field", 0, 0)]
    public void A_page_whose_crc_does_not_match_is_reported_corrupt_naming_the_page(string name, string column, int page, long offset)
    {
        var file = RealFiles.Bytes(name);
        var (field, _) = Component.Footer(file, column);

        var decoded = Component.Decode(file, column, RealFiles.TargetOf(ParquetNetChunks.Meaning(field.SchemaElement!))!.Value);

        Assert.Equal(new CorruptChunk(column, page, offset, "the page's CRC-32 checksum does not match its bytes"), decoded.Error);
    }

    [Fact]
    public void Pyarrow_byte_stream_split_integers_and_fixed_length_arrays_decode_as_their_plain_twins_and_as_arrow_reads_them()
    {
        // Columns 6-11: int32, int64 and FIXED_LEN_BYTE_ARRAY(5), each PLAIN (0) then BYTE_STREAM_SPLIT (9), 200 optional rows, GZIP.
        var file = RealFiles.Bytes(Float16File);
        var chunks = PageWalk.Chunks(file, columns: 12, rows: 200);
        Assert.Equal([6, 7, 8, 9, 10, 11], Enumerable.Range(6, 6).Where(c => chunks[c].Encodings.SetEquals([c % 2 == 0 ? 0 : 9])));
        (int Index, PhysicalType Type, int Length, ValueMeaning Meaning, Target Target)[] columns =
        [
            (6, PhysicalType.Int32, 0, new ValueMeaning.Integer(32, true), Target.Integers),
            (8, PhysicalType.Int64, 0, new ValueMeaning.Integer(64, true), Target.Integers),
            (10, PhysicalType.FixedLenByteArray, 5, new ValueMeaning.Text(), Target.Text),
        ];
        foreach (var (index, type, length, meaning, target) in columns)
        {
            var expected = ReferenceReader.Read(file, index).Select(raw => Expected.Of(type, meaning, raw, TextRendering.Hex)).ToList();
            foreach (var twin in new[] { index, index + 1 })
            {
                var descriptor = new ChunkDescriptor($"column {twin}", type, length, CompressionCodec.Gzip, 1, 0, 200, meaning, chunks[twin].Start, chunks[twin].Length);

                var (result, rows) = Component.DecodeChunk(file.AsSpan(chunks[twin].Start, chunks[twin].Length), descriptor, target, TextRendering.Hex);

                Assert.Equal(new ChunkDecoded(200, expected.Count(r => r.State == ValueState.Null), 0), result);
                Assert.Equal(expected, rows);
            }
        }
    }

    private static int Day(int year, int month, int day) => new DateOnly(year, month, day).DayNumber;
}
