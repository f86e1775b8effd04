namespace FunctionalScoring.Parquet;

/// <summary>Parquet's page compression codecs, numbered as in <c>parquet.thrift</c>.</summary>
public enum CompressionCodec
{
    /// <summary>Pages stored as they are.</summary>
    Uncompressed = 0,

    /// <summary>Snappy raw format.</summary>
    Snappy = 1,

    /// <summary>GZIP (RFC 1952), one or more members.</summary>
    Gzip = 2,

    /// <summary>LZO: not decoded (no managed implementation; Parquet.Net does not read it either).</summary>
    Lzo = 3,

    /// <summary>Brotli.</summary>
    Brotli = 4,

    /// <summary>The deprecated LZ4 codec: Hadoop's framing of LZ4 blocks (or, from some writers, one raw block).</summary>
    Lz4 = 5,

    /// <summary>Zstandard.</summary>
    Zstd = 6,

    /// <summary>One raw LZ4 block, no framing.</summary>
    Lz4Raw = 7,
}
