using System.Buffers;
using System.IO.Compression;
using K4os.Compression.LZ4;
using ZstdSharp;

namespace FunctionalScoring.Parquet.Codecs;

/// <summary>
/// Decompresses one page into a buffer of exactly the size its header declares. Whatever a codec
/// library throws on bad input, and any size other than the declared one, is a corrupt page.
/// </summary>
internal sealed class PageDecompressor(CompressionCodec codec) : IDisposable
{
    private Decompressor? zstd;

    public static bool Reads(CompressionCodec codec) =>
        codec is CompressionCodec.Uncompressed or CompressionCodec.Snappy or CompressionCodec.Gzip or CompressionCodec.Brotli
            or CompressionCodec.Lz4 or CompressionCodec.Zstd or CompressionCodec.Lz4Raw;

    public static string Name(CompressionCodec codec) => codec switch
    {
        CompressionCodec.Lz4Raw => "LZ4_RAW",
        _ when Enum.IsDefined(codec) => codec.ToString().ToUpperInvariant(),
        _ => $"compression codec {(int)codec}",
    };

    /// <summary>Fills <paramref name="target"/> from <paramref name="compressed"/>.</summary>
    public void Decompress(ReadOnlySpan<byte> compressed, Span<byte> target)
    {
        // A page that declares no bytes holds no values: whatever a writer stored for it (nothing, an
        // empty frame) is not decompressed, as Arrow and arrow-rs do not either.
        if (target.IsEmpty)
        {
            return;
        }

        int written;
        try
        {
            written = codec switch
            {
                CompressionCodec.Snappy => Snappy(compressed, target),
                CompressionCodec.Gzip => Gzip(compressed, target),
                CompressionCodec.Brotli => BrotliDecoder.TryDecompress(compressed, target, out var brotli) ? brotli : -1,
                CompressionCodec.Zstd => (zstd ??= new Decompressor()).Unwrap(compressed, target),
                CompressionCodec.Lz4 => HadoopLz4.Decode(compressed, target),
                CompressionCodec.Lz4Raw => LZ4Codec.Decode(compressed, target),
                _ => Stored(compressed, target),
            };
        }
        catch (Exception e) when (e is not (OutOfMemoryException or CorruptDataException))
        {
            // Codec libraries signal bad input with many exception types; every one means the same here.
            throw new CorruptDataException($"{Name(codec)} decompression failed: {e.Message}");
        }

        if (written != target.Length)
        {
            throw new CorruptDataException($"the page does not decompress ({Name(codec)}) to the {target.Length} bytes its header declares");
        }
    }

    public void Dispose() => zstd?.Dispose();

    private static int Snappy(ReadOnlySpan<byte> compressed, Span<byte> target) =>
        Snappier.Snappy.GetUncompressedLength(compressed) == target.Length ? Snappier.Snappy.Decompress(compressed, target) : -1;

    /// <summary>One or more GZIP members; the page must end exactly where the declared size does.</summary>
    private static int Gzip(ReadOnlySpan<byte> compressed, Span<byte> target)
    {
        var copy = ArrayPool<byte>.Shared.Rent(compressed.Length);
        try
        {
            compressed.CopyTo(copy);
            using var input = new MemoryStream(copy, 0, compressed.Length, writable: false);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            var read = gzip.ReadAtLeast(target, target.Length, throwOnEndOfStream: false);
            Span<byte> extra = stackalloc byte[1];
            return read == target.Length && gzip.Read(extra) == 0 ? read : -1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }

    private static int Stored(ReadOnlySpan<byte> compressed, Span<byte> target)
    {
        if (compressed.Length != target.Length)
        {
            return -1;
        }

        compressed.CopyTo(target);
        return target.Length;
    }
}
