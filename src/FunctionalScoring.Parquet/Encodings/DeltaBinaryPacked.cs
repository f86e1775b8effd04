namespace FunctionalScoring.Parquet.Encodings;

/// <summary>
/// DELTA_BINARY_PACKED: a header (block size, miniblocks per block, value count, first value), then
/// blocks of a minimum delta, one bit width per miniblock and the miniblocks' bit-packed deltas.
/// Arithmetic wraps, in 64 bits for INT64 and 32 bits for INT32 (the low 32 bits of a 64-bit sum
/// are the 32-bit sum, so one loop serves both).
/// </summary>
internal static class DeltaBinaryPacked
{
    private const int Group = 32;

    /// <summary>The number of values the stream at the start of <paramref name="data"/> holds.</summary>
    public static int CountOf(ReadOnlySpan<byte> data)
    {
        var position = 0;
        var header = Header.Read(data, ref position);
        return header.Total;
    }

    /// <summary>
    /// Decodes the first <c>values.Length</c> values (at most the stream's count) of
    /// <paramref name="valueBits"/>-bit integers, sign-extended to 64 bits. Returns the offset where the
    /// stream ends when every value was asked for (the byte-array encodings' data follows there).
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> data, int valueBits, Span<long> values)
    {
        var position = 0;
        var header = Header.Read(data, ref position);
        if (values.Length > header.Total)
        {
            throw new CorruptDataException($"the DELTA_BINARY_PACKED stream holds {header.Total} values where the page needs {values.Length}");
        }

        if (values.IsEmpty)
        {
            return position;
        }

        var last = header.First;
        values[0] = Narrow(last, valueBits);
        var filled = 1;
        Span<ulong> deltas = stackalloc ulong[Group];
        while (filled < values.Length)
        {
            var minDelta = Varint.ReadZigZag(data, ref position, "DELTA_BINARY_PACKED minimum delta");
            if (header.Miniblocks > data.Length - position)
            {
                throw new CorruptDataException("a DELTA_BINARY_PACKED block's bit widths run past the end of the page");
            }

            var widths = data.Slice(position, header.Miniblocks);
            position += header.Miniblocks;
            for (var m = 0; m < widths.Length && filled < values.Length; m++)
            {
                var width = widths[m];
                if (width > valueBits)
                {
                    throw new CorruptDataException($"a DELTA_BINARY_PACKED miniblock has bit width {width} for {valueBits}-bit values");
                }

                // Values per miniblock are a multiple of 32, so every miniblock and every group of 32 is whole bytes.
                var bytes = BitPacking.BytesFor(header.PerMiniblock, width);
                if (bytes > data.Length - position)
                {
                    throw new CorruptDataException("a DELTA_BINARY_PACKED miniblock runs past the end of the page");
                }

                var miniblock = data.Slice(position, (int)bytes);
                var take = Math.Min(header.PerMiniblock, values.Length - filled);
                for (var group = 0; group < take; group += Group)
                {
                    var count = Math.Min(Group, take - group);
                    BitPacking.Unpack(miniblock[(group / 8 * width)..], width, deltas[..count]);
                    for (var i = 0; i < count; i++)
                    {
                        last = unchecked(last + minDelta + (long)deltas[i]);
                        values[filled++] = Narrow(last, valueBits);
                    }
                }

                position += (int)bytes;
            }
        }

        return position;
    }

    private static long Narrow(long value, int valueBits) => valueBits == 32 ? unchecked((int)value) : value;

    private readonly record struct Header(int PerMiniblock, int Miniblocks, int Total, long First)
    {
        public static Header Read(ReadOnlySpan<byte> data, ref int position)
        {
            var blockSize = Varint.Read(data, ref position, "DELTA_BINARY_PACKED header");
            var miniblocks = Varint.Read(data, ref position, "DELTA_BINARY_PACKED header");
            var total = Varint.Read(data, ref position, "DELTA_BINARY_PACKED header");
            var first = Varint.ReadZigZag(data, ref position, "DELTA_BINARY_PACKED header");
            if (blockSize is 0 or > int.MaxValue || blockSize % 128 != 0 || miniblocks == 0 || blockSize % miniblocks != 0
                || blockSize / miniblocks % Group != 0)
            {
                throw new CorruptDataException($"DELTA_BINARY_PACKED block size {blockSize} with {miniblocks} miniblocks breaks the format's multiples of 128 and 32");
            }

            if (total > int.MaxValue)
            {
                throw new CorruptDataException($"a DELTA_BINARY_PACKED stream claims {total} values");
            }

            return new Header((int)(blockSize / miniblocks), (int)miniblocks, (int)total, first);
        }
    }
}
