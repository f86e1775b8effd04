using System.Collections;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Parquet.Encodings;

namespace FunctionalScoring.Parquet.Tests.Encodings;

public sealed class BitPackingTests
{
    [Property]
    public Property Values_of_any_width_up_to_64_bits_unpack_to_what_was_packed() =>
        Prop.ForAll(Gen.Choose(0, 64).ToArbitrary(), ArbMap.Default.GeneratorFor<ulong>().ArrayOf().ToArbitrary(), (width, raw) =>
        {
            var mask = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
            var values = raw.Select(v => v & mask).ToArray();
            var unpacked = new ulong[values.Length];
            BitPacking.Unpack(Pack(values, width), width, unpacked);
            return unpacked.SequenceEqual(values);
        });

    [Property]
    public Property Values_of_up_to_32_bits_unpack_into_ints_as_into_longs() =>
        Prop.ForAll(Gen.Choose(0, 32).ToArbitrary(), ArbMap.Default.GeneratorFor<uint>().ArrayOf().ToArbitrary(), (width, raw) =>
        {
            var mask = width == 32 ? uint.MaxValue : (1u << width) - 1;
            var values = raw.Select(v => (ulong)(v & mask)).ToArray();
            var unpacked = new int[values.Length];
            BitPacking.Unpack(Pack(values, width), width, unpacked);
            return unpacked.Select(v => (ulong)(uint)v).SequenceEqual(values);
        });

    /// <summary>Least significant bit first, into exactly as many bytes as the bits need (no padding to read past).</summary>
    private static byte[] Pack(ulong[] values, int width)
    {
        var bits = new BitArray(values.Length * width);
        for (var i = 0; i < values.Length; i++)
        {
            for (var b = 0; b < width; b++)
            {
                bits[(i * width) + b] = ((values[i] >> b) & 1) == 1;
            }
        }

        var bytes = new byte[(bits.Length + 7) / 8];
        bits.CopyTo(bytes, 0);
        return bytes;
    }
}
