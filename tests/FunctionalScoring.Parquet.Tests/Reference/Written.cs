using Parquet.Meta;
using MetaCodec = Parquet.Meta.CompressionCodec;
using PS = ParquetSharp;

namespace FunctionalScoring.Parquet.Tests.Reference;

/// <summary>What a reference file really holds, from its footer: so a test cannot pass on an encoding or codec the writer quietly ignored.</summary>
public static class Written
{
    /// <summary>True when every row group's chunk uses <paramref name="settings"/>' codec and, if it holds a value, its encoding.</summary>
    public static bool AsAsked(byte[] file, Settings settings)
    {
        var (_, chunks) = Component.Footer(file, ReferenceFile.Column);
        return chunks.All(chunk => chunk.MetaData!.Codec == Codec(settings.Codec)
            && (chunk.MetaData.Statistics?.NullCount == chunk.MetaData.NumValues || chunk.MetaData.Encodings.Any(e => Matches(e, settings.Encoding))));
    }

    private static bool Matches(Encoding encoding, WriteEncoding asked) => asked switch
    {
        WriteEncoding.Plain => encoding == Encoding.PLAIN,
        WriteEncoding.Dictionary => encoding is Encoding.RLE_DICTIONARY or Encoding.PLAIN_DICTIONARY,
        WriteEncoding.DeltaBinaryPacked => encoding == Encoding.DELTA_BINARY_PACKED,
        WriteEncoding.DeltaLengthByteArray => encoding == Encoding.DELTA_LENGTH_BYTE_ARRAY,
        WriteEncoding.DeltaByteArray => encoding == Encoding.DELTA_BYTE_ARRAY,
        _ => encoding == Encoding.BYTE_STREAM_SPLIT,
    };

    private static MetaCodec Codec(PS.Compression codec) => codec switch
    {
        PS.Compression.Uncompressed => MetaCodec.UNCOMPRESSED,
        PS.Compression.Snappy => MetaCodec.SNAPPY,
        PS.Compression.Gzip => MetaCodec.GZIP,
        PS.Compression.Brotli => MetaCodec.BROTLI,
        PS.Compression.Zstd => MetaCodec.ZSTD,
        PS.Compression.Lz4Hadoop => MetaCodec.LZ4,
        _ => MetaCodec.LZ4_RAW,
    };
}
