using System.Buffers.Binary;
using K4os.Compression.LZ4;

namespace FunctionalScoring.Parquet.Codecs;

/// <summary>
/// The deprecated LZ4 codec. Hadoop (parquet-mr) frames raw LZ4 blocks, each after a big-endian
/// uncompressed size and compressed size; some writers stored one raw block instead. As Arrow does,
/// the Hadoop framing is tried first and the raw block read when the framing does not fit.
/// </summary>
internal static class HadoopLz4
{
    public static int Decode(ReadOnlySpan<byte> compressed, Span<byte> target) =>
        TryHadoop(compressed, target) is var written and >= 0 ? written : LZ4Codec.Decode(compressed, target);

    private static int TryHadoop(ReadOnlySpan<byte> input, Span<byte> target)
    {
        var produced = 0;
        while (input.Length >= 8)
        {
            var plainSize = BinaryPrimitives.ReadUInt32BigEndian(input);
            var storedSize = BinaryPrimitives.ReadUInt32BigEndian(input[4..]);
            input = input[8..];
            if (storedSize > (uint)input.Length || plainSize > (uint)(target.Length - produced))
            {
                return -1;
            }

            var decoded = LZ4Codec.Decode(input[..(int)storedSize], target.Slice(produced, (int)plainSize));
            if (decoded != plainSize)
            {
                return -1;
            }

            produced += decoded;
            input = input[(int)storedSize..];
        }

        return input.IsEmpty ? produced : -1;
    }
}
