namespace FunctionalScoring.Parquet.Encodings;

/// <summary>
/// Parquet's RLE / bit-packed hybrid encoding (definition levels, dictionary indices): runs of one
/// repeated value, and groups of eight bit-packed values, least significant bit first.
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
            if (!Varint.TryRead(data, ref position, out var header))
            {
                return false;
            }

            if ((header & 1) == 0)
            {
                var count = (int)Math.Min(header >> 1, (ulong)(target.Length - filled));
                if (count == 0 || valueBytes > data.Length - position)
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
                // Only the values needed must be there: some writers cut the last group short, and readers accept it.
                var groups = header >> 1;
                var count = (int)Math.Min(Math.Min(groups, int.MaxValue / 8) * 8, (ulong)(target.Length - filled));
                var remaining = data.Length - position;
                if (count == 0 || BitPacking.BytesFor(count, bitWidth) > remaining)
                {
                    return false;
                }

                BitPacking.Unpack(data[position..], bitWidth, target.Slice(filled, count));
                position += (int)Math.Min(groups * (ulong)bitWidth, (ulong)remaining);
                filled += count;
            }
        }

        return true;
    }
}
