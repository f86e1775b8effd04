using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FunctionalScoring.Parquet.Encodings;

/// <summary>
/// Unpacks runs of values stored in <c>bitWidth</c> bits each, least significant bit first, as the
/// RLE/bit-packed hybrid and DELTA_BINARY_PACKED store them. Each value is read from one unaligned
/// 64-bit load (two above 56 bits) while the load stays inside the data, byte by byte near its end.
/// </summary>
internal static class BitPacking
{
    /// <summary>The bytes <paramref name="count"/> values of <paramref name="bitWidth"/> bits take.</summary>
    public static long BytesFor(long count, int bitWidth) => ((count * bitWidth) + 7) / 8;

    /// <summary>Unpacks <c>values.Length</c> values of 0 to 32 bits; <paramref name="packed"/> holds at least <see cref="BytesFor"/> bytes.</summary>
    public static void Unpack(ReadOnlySpan<byte> packed, int bitWidth, Span<int> values)
    {
        if (bitWidth == 0)
        {
            values.Clear();
            return;
        }

        var mask = bitWidth == 32 ? uint.MaxValue : (1u << bitWidth) - 1;
        ref var start = ref MemoryMarshal.GetReference(packed);
        var fast = FastCount(packed.Length, bitWidth, values.Length, 8);
        for (var i = 0; i < fast; i++)
        {
            var bit = (long)i * bitWidth;
            var window = Load(ref Unsafe.Add(ref start, (nint)(bit >> 3)));
            values[i] = unchecked((int)((uint)(window >> (int)(bit & 7)) & mask));
        }

        for (var i = fast; i < values.Length; i++)
        {
            values[i] = unchecked((int)(uint)Slow(packed, (long)i * bitWidth, bitWidth));
        }
    }

    /// <summary>Unpacks <c>values.Length</c> values of 0 to 64 bits; <paramref name="packed"/> holds at least <see cref="BytesFor"/> bytes.</summary>
    public static void Unpack(ReadOnlySpan<byte> packed, int bitWidth, Span<ulong> values)
    {
        if (bitWidth == 0)
        {
            values.Clear();
            return;
        }

        var mask = bitWidth == 64 ? ulong.MaxValue : (1UL << bitWidth) - 1;
        ref var start = ref MemoryMarshal.GetReference(packed);
        var fast = FastCount(packed.Length, bitWidth, values.Length, 9);
        for (var i = 0; i < fast; i++)
        {
            var bit = (long)i * bitWidth;
            var shift = (int)(bit & 7);
            ref var at = ref Unsafe.Add(ref start, (nint)(bit >> 3));
            var value = Load(ref at) >> shift;
            if (shift + bitWidth > 64)
            {
                value |= (ulong)Unsafe.Add(ref at, 8) << (64 - shift);
            }

            values[i] = value & mask;
        }

        for (var i = fast; i < values.Length; i++)
        {
            values[i] = Slow(packed, (long)i * bitWidth, bitWidth);
        }
    }

    /// <summary>How many leading values can be loaded with <paramref name="window"/> bytes without reading past the data.</summary>
    private static int FastCount(int bytes, int bitWidth, int count, int window)
    {
        if (bytes < window)
        {
            return 0;
        }

        // Value i starts in byte i * bitWidth / 8: it is safe while that byte + window <= bytes.
        var safe = ((((long)bytes - window) * 8) / bitWidth) + 1;
        return (int)Math.Min(safe, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Load(ref byte at)
    {
        var raw = Unsafe.ReadUnaligned<ulong>(ref at);
        return BitConverter.IsLittleEndian ? raw : BinaryPrimitives.ReverseEndianness(raw);
    }

    /// <summary>One value assembled byte by byte, for the last few values of a run.</summary>
    private static ulong Slow(ReadOnlySpan<byte> packed, long bit, int bitWidth)
    {
        ulong value = 0;
        for (var taken = 0; taken < bitWidth;)
        {
            var at = (int)((bit + taken) >> 3);
            var offset = (int)((bit + taken) & 7);
            var take = Math.Min(8 - offset, bitWidth - taken);
            var bits = (ulong)((packed[at] >> offset) & ((1 << take) - 1));
            value |= bits << taken;
            taken += take;
        }

        return value;
    }
}
