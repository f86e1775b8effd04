namespace FunctionalScoring.Parquet.Encodings;

/// <summary>Parquet's encodings, numbered as in <c>parquet.thrift</c>, and their names for messages.</summary>
internal static class Encoding
{
    public const int Plain = 0, PlainDictionary = 2, Rle = 3, BitPacked = 4, DeltaBinaryPacked = 5, DeltaLengthByteArray = 6,
        DeltaByteArray = 7, RleDictionary = 8, ByteStreamSplit = 9;

    public static bool IsDictionary(int encoding) => encoding is PlainDictionary or RleDictionary;

    public static string Name(int encoding) => encoding switch
    {
        Plain => "PLAIN",
        PlainDictionary => "PLAIN_DICTIONARY",
        Rle => "RLE",
        BitPacked => "BIT_PACKED",
        DeltaBinaryPacked => "DELTA_BINARY_PACKED",
        DeltaLengthByteArray => "DELTA_LENGTH_BYTE_ARRAY",
        DeltaByteArray => "DELTA_BYTE_ARRAY",
        RleDictionary => "RLE_DICTIONARY",
        ByteStreamSplit => "BYTE_STREAM_SPLIT",
        _ => $"encoding {encoding}",
    };

    /// <summary>The feature an <see cref="UnsupportedChunk"/> names when a type does not take an encoding.</summary>
    public static UnsupportedDataException Unsupported(int encoding, PhysicalType type) =>
        new($"the {Name(encoding)} encoding for {TypeName(type)} values");

    public static string TypeName(PhysicalType type) => type switch
    {
        PhysicalType.ByteArray => "BYTE_ARRAY",
        PhysicalType.FixedLenByteArray => "FIXED_LEN_BYTE_ARRAY",
        _ => type.ToString().ToUpperInvariant(),
    };
}
