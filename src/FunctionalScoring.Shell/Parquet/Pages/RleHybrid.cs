using System.Buffers.Binary;

namespace FunctionalScoring.Shell.Parquet.Pages;

/// <summary>
/// Parquet's RLE / bit-packed hybrid encoding (definition levels, dictionary indexes): runs of one
/// repeated value and groups of eight bit-packed values, least significant bit first.
/// </summary>
internal static class RleHybrid
{
    /// <summary>
    /// Decodes exactly <c>target.Length</c> values of <paramref name="bitWidth"/> bits from <paramref name="data"/>;
    /// false when the data ends early or is malformed.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> data, int bitWidth, Span<int> target)
    {
        if (bitWidth is < 0 or > 32)
        {
            return false;
        }

        var position = 0;
        var filled = 0;
        var valueBytes = (bitWidth + 7) / 8;
        while (filled < target.Length)
        {
            if (!TryReadVarint(data, ref position, out var header))
            {
                return false;
            }

            if ((header & 1) == 0)
            {
                var count = (int)Math.Min(header >> 1, (ulong)(target.Length - filled));
                if (position + valueBytes > data.Length)
                {
                    return false;
                }

                var value = 0;
                for (var b = 0; b < valueBytes; b++)
                {
                    value |= data[position + b] << (8 * b);
                }

                position += valueBytes;
                target.Slice(filled, count).Fill(value);
                filled += count;
            }
            else
            {
                var groups = header >> 1;
                var bytes = groups * (ulong)bitWidth;
                if (bytes > (ulong)(data.Length - position))
                {
                    return false;
                }

                var count = (int)Math.Min(groups * 8, (ulong)(target.Length - filled));
                Unpack(data.Slice(position, (int)bytes), bitWidth, target.Slice(filled, count));
                position += (int)bytes;
                filled += count;
            }
        }

        return true;
    }

    private static void Unpack(ReadOnlySpan<byte> packed, int bitWidth, Span<int> target)
    {
        if (bitWidth == 0)
        {
            target.Clear();
            return;
        }

        var mask = bitWidth == 32 ? uint.MaxValue : (1u << bitWidth) - 1;
        Span<byte> tail = stackalloc byte[8];
        for (var i = 0; i < target.Length; i++)
        {
            var bit = (long)i * bitWidth;
            var at = (int)(bit >> 3);
            ulong window;
            if (at + 8 <= packed.Length)
            {
                window = BinaryPrimitives.ReadUInt64LittleEndian(packed[at..]);
            }
            else
            {
                tail.Clear();
                packed[at..].CopyTo(tail);
                window = BinaryPrimitives.ReadUInt64LittleEndian(tail);
            }

            target[i] = unchecked((int)((window >> (int)(bit & 7)) & mask));
        }
    }

    private static bool TryReadVarint(ReadOnlySpan<byte> data, ref int position, out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 64 && position < data.Length; shift += 7)
        {
            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return true;
            }
        }

        return false;
    }
}
