using Apache.Arrow;
using Apache.Arrow.Types;
using ParquetSharp;
using ArrowTimeUnit = Apache.Arrow.Types.TimeUnit;

namespace FunctionalScoring.WriterMatrix;

/// <summary>
/// One Arrow C++ writer setting: how the writer properties are built for a table, and how the table's
/// columns are changed first (dates written as timestamps). <see cref="Int96"/> dates go through
/// ParquetSharp's column writer, as Arrow's own INT96 switch is not exposed by ParquetSharp.
/// </summary>
public sealed record ArrowSetting(
    string Name,
    string Description,
    Func<TableData, WriterPropertiesBuilder, WriterPropertiesBuilder> Properties,
    Expect Expect,
    Func<TableData, TableData>? Columns = null,
    bool Int96 = false);

/// <summary>The matrix of Arrow C++ settings: encodings per column type, page versions, codecs, timestamp units, INT96, layout.</summary>
public static class ArrowSettings
{
    private const Encoding Delta = Encoding.DeltaBinaryPacked, Split = Encoding.ByteStreamSplit;
    private const string Dict = "RLE_DICTIONARY", DeltaName = "DELTA_BINARY_PACKED", SplitName = "BYTE_STREAM_SPLIT";
    private const ParquetDataPageVersion V2 = ParquetDataPageVersion.V2;

    public static readonly ArrowSetting[] All =
    [
        new("dictionary", "defaults: dictionary, snappy, data page v1", (_, b) => b, new("v1", "SNAPPY", Strings: Dict)),
        new("plain", "dictionary off: PLAIN everywhere", (_, b) => b.DisableDictionary(), new("v1", Strings: "PLAIN", Integers: "PLAIN", Dates: "PLAIN")),
        new("v2", "data page v2, dictionary", (_, b) => b.DataPageVersion(V2), new("v2", Strings: Dict)),
        new("v2-plain", "data page v2, dictionary off", (_, b) => b.DataPageVersion(V2).DisableDictionary(), new("v2", Strings: "PLAIN", Integers: "PLAIN", Dates: "PLAIN")),
        new("delta-binary-packed", "DELTA_BINARY_PACKED on integer and date columns, dictionary off",
            (t, b) => Encode(t, b.DisableDictionary(), integers: Delta), new("v1", Integers: DeltaName, Dates: DeltaName)),
        new("delta-binary-packed-v2", "DELTA_BINARY_PACKED on integer and date columns, data page v2",
            (t, b) => Encode(t, b.DisableDictionary().DataPageVersion(V2), integers: Delta), new("v2", Integers: DeltaName, Dates: DeltaName)),
        new("byte-stream-split", "BYTE_STREAM_SPLIT on integer and date columns, dictionary off",
            (t, b) => Encode(t, b.DisableDictionary(), integers: Split), new("v1", Integers: SplitName, Dates: SplitName)),
        new("byte-stream-split-v2", "BYTE_STREAM_SPLIT on integer and date columns, data page v2",
            (t, b) => Encode(t, b.DisableDictionary().DataPageVersion(V2), integers: Split), new("v2", Integers: SplitName, Dates: SplitName)),
        new("delta-length-byte-array", "DELTA_LENGTH_BYTE_ARRAY on strings, dictionary off",
            (t, b) => Encode(t, b.DisableDictionary(), strings: Encoding.DeltaLengthByteArray), new("v1", Strings: "DELTA_LENGTH_BYTE_ARRAY")),
        new("delta-byte-array", "DELTA_BYTE_ARRAY on strings, dictionary off",
            (t, b) => Encode(t, b.DisableDictionary(), strings: Encoding.DeltaByteArray), new("v1", Strings: "DELTA_BYTE_ARRAY")),
        new("delta-byte-array-v2", "DELTA_BYTE_ARRAY on strings, data page v2",
            (t, b) => Encode(t, b.DisableDictionary().DataPageVersion(V2), strings: Encoding.DeltaByteArray), new("v2", Strings: "DELTA_BYTE_ARRAY")),
        // Arrow C++ always falls back to PLAIN: an encoding set beside a dictionary is ignored (arrow-rs falls back to DELTA_*).
        new("dictionary-fallback-v2", "data page v2, 256-byte dictionary pages checked every 64 rows: dictionaries fall back to PLAIN mid-chunk",
            (_, b) => b.DataPageVersion(V2).DictionaryPagesizeLimit(256).WriteBatchSize(64), new("v2", Fallback: "PLAIN")),
        new("dictionary-fallback", "data page v1, 256-byte dictionary pages checked every 64 rows: dictionaries fall back to PLAIN mid-chunk",
            (_, b) => b.DictionaryPagesizeLimit(256).WriteBatchSize(64), new("v1", Fallback: "PLAIN")),
        new("gzip", "gzip", (_, b) => b.Compression(Compression.Gzip), new(Codec: "GZIP")),
        new("zstd", "zstd", (_, b) => b.Compression(Compression.Zstd), new(Codec: "ZSTD")),
        new("brotli", "brotli", (_, b) => b.Compression(Compression.Brotli), new(Codec: "BROTLI")),
        new("lz4-raw", "LZ4_RAW", (_, b) => b.Compression(Compression.Lz4), new(Codec: "LZ4_RAW")),
        new("lz4-hadoop", "LZ4 (Hadoop framing)", (_, b) => b.Compression(Compression.Lz4Hadoop), new(Codec: "LZ4")),
        new("uncompressed", "uncompressed", (_, b) => b.Compression(Compression.Uncompressed), new(Codec: "UNCOMPRESSED")),
        new("timestamp-ms", "dates as TIMESTAMP(MILLIS), not adjusted to UTC", (_, b) => b, new(DateType: "TIMESTAMP(MILLIS)"), t => Timestamps(t, ArrowTimeUnit.Millisecond, utc: false)),
        new("timestamp-ms-utc", "dates as TIMESTAMP(MILLIS), adjusted to UTC", (_, b) => b, new(DateType: "TIMESTAMP(MILLIS, UTC)"), t => Timestamps(t, ArrowTimeUnit.Millisecond, utc: true)),
        new("timestamp-us", "dates as TIMESTAMP(MICROS), not adjusted to UTC", (_, b) => b, new(DateType: "TIMESTAMP(MICROS)"), t => Timestamps(t, ArrowTimeUnit.Microsecond, utc: false)),
        new("timestamp-us-utc", "dates as TIMESTAMP(MICROS), adjusted to UTC", (_, b) => b, new(DateType: "TIMESTAMP(MICROS, UTC)"), t => Timestamps(t, ArrowTimeUnit.Microsecond, utc: true)),
        new("timestamp-ns", "dates as TIMESTAMP(NANOS), not adjusted to UTC", (_, b) => b, new(DateType: "TIMESTAMP(NANOS)"), t => Timestamps(t, ArrowTimeUnit.Nanosecond, utc: false)),
        new("timestamp-ns-utc", "dates as TIMESTAMP(NANOS), adjusted to UTC", (_, b) => b, new(DateType: "TIMESTAMP(NANOS, UTC)"), t => Timestamps(t, ArrowTimeUnit.Nanosecond, utc: true)),
        new("timestamp-us-delta-v2", "dates as TIMESTAMP(MICROS) adjusted to UTC, DELTA_BINARY_PACKED, data page v2",
            (t, b) => Encode(t, b.DisableDictionary().DataPageVersion(V2), integers: Delta), new("v2", Dates: DeltaName, DateType: "TIMESTAMP(MICROS, UTC)"),
            t => Timestamps(t, ArrowTimeUnit.Microsecond, utc: true)),
        new("int96", "dates as INT96 (Impala and older Spark timestamps)", (_, b) => b, new(DateType: "INT96"), Int96: true),
        new("small-row-groups", "row groups of 1,000 rows, 1 KiB data pages", (_, b) => b.MaxRowGroupLength(1_000).DataPagesize(1_024), new("v1")),
        new("no-statistics", "no statistics", (_, b) => b.DisableStatistics(), new("v1")),
        new("page-index-crc", "page index and page CRC-32 checksums", (_, b) => b.EnableWritePageIndex().EnablePageChecksum(), new("v1")),
        new("format-1.0", "format version 1.0 (converted types only)", (_, b) => b.Version(ParquetVersion.PARQUET_1_0), new("v1", Strings: "PLAIN_DICTIONARY")),
    ];

    /// <summary>The settings also written of the non-ASCII dataset: every way Arrow C++ stores strings.</summary>
    public static readonly string[] ForUnicode =
        ["dictionary", "plain", "delta-length-byte-array", "delta-byte-array", "delta-byte-array-v2", "dictionary-fallback-v2"];

    /// <summary>Sets <paramref name="strings"/> on the string columns and <paramref name="integers"/> on the INT32/INT64 ones (integers, dates, timestamps).</summary>
    private static WriterPropertiesBuilder Encode(TableData table, WriterPropertiesBuilder builder, Encoding? strings = null, Encoding? integers = null)
    {
        foreach (var field in table.Schema.FieldsList)
        {
            var encoding = field.DataType.TypeId == ArrowTypeId.String ? strings : integers;
            if (encoding is { } chosen)
            {
                builder = builder.Encoding(field.Name, chosen);
            }
        }

        return builder;
    }

    private static TableData Timestamps(TableData table, ArrowTimeUnit unit, bool utc) => table.Map((field, array) =>
    {
        if (!Dataset.IsDate(field))
        {
            return null;
        }

        var type = new TimestampType(unit, utc ? "UTC" : null);
        var dates = (Date32Array)array;
        var builder = new TimestampArray.Builder(type);
        for (var i = 0; i < dates.Length; i++)
        {
            if (dates.GetDateTimeOffset(i) is { } day)
            {
                builder.Append(day);
            }
            else
            {
                builder.AppendNull();
            }
        }

        return (new Field(field.Name, type, field.IsNullable), builder.Build());
    });
}
