using System.Numerics;

namespace FunctionalScoring.Parquet.Writing;

/// <summary>
/// Writes Parquet's RLE / bit-packed hybrid encoding (definition levels, dictionary indices), the
/// inverse of <see cref="Encodings.RleHybrid"/>: a run of eight or more equal values becomes one RLE
/// run, everything else groups of eight bit-packed values. A bit-packed run holds at most 63 groups
/// (a one-byte header, as Arrow writes them); only the last group of the data is padded with zeros.
/// </summary>
internal static class RleHybridEncoder
{
    private const int MinimumRun = 8;
    private const int GroupsPerPackedRun = 63;

    /// <summary>Appends <paramref name="values"/> (each below 2^<paramref name="bitWidth"/>, 1 to 32 bits) to <paramref name="output"/>.</summary>
    public static void Encode<T>(ReadOnlySpan<T> values, int bitWidth, ByteBuffer output)
        where T : unmanaged, IBinaryInteger<T>
    {
        var literalStart = 0;
        var position = 0;
        while (position < values.Length)
        {
            var value = values[position];
            var different = values[position..].IndexOfAnyExcept(value);
            var runEnd = different < 0 ? values.Length : position + different;
            if (runEnd - position >= MinimumRun)
            {
                // Values before an RLE run must fill whole groups of eight: lend them the run's first values.
                var fill = (MinimumRun - ((position - literalStart) % MinimumRun)) % MinimumRun;
                if (runEnd - position - fill >= MinimumRun)
                {
                    position += fill;
                    Pack(values[literalStart..position], bitWidth, output);
                    Repeat(uint.CreateTruncating(value), runEnd - position, bitWidth, output);
                    literalStart = runEnd;
                }
            }

            position = runEnd;
        }

        Pack(values[literalStart..], bitWidth, output);
    }

    /// <summary>A run of <paramref name="count"/> copies of <paramref name="value"/>, stored in whole bytes.</summary>
    private static void Repeat(uint value, int count, int bitWidth, ByteBuffer output)
    {
        output.AddVarint((ulong)count << 1);
        for (var b = 0; b < (bitWidth + 7) / 8; b++)
        {
            output.Add(unchecked((byte)(value >> (8 * b))));
        }
    }

    /// <summary>Bit-packed runs of the values, least significant bit first, the last group padded to eight.</summary>
    private static void Pack<T>(ReadOnlySpan<T> values, int bitWidth, ByteBuffer output)
        where T : unmanaged, IBinaryInteger<T>
    {
        while (!values.IsEmpty)
        {
            var groups = Math.Min(GroupsPerPackedRun, (values.Length + 7) / 8);
            var count = Math.Min(values.Length, groups * 8);
            output.AddVarint(((ulong)groups << 1) | 1);
            var packed = output.Reserve(groups * bitWidth);
            var at = 0;
            var buffer = 0UL;
            var bits = 0;
            for (var i = 0; i < groups * 8; i++)
            {
                buffer |= (ulong)(i < count ? uint.CreateTruncating(values[i]) : 0u) << bits;
                bits += bitWidth;
                while (bits >= 8)
                {
                    packed[at++] = unchecked((byte)buffer);
                    buffer >>= 8;
                    bits -= 8;
                }
            }

            output.Advance(at);
            values = values[count..];
        }
    }
}
