using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Parquet.Encodings;

namespace FunctionalScoring.Parquet.Tests.Encodings;

public sealed class RleHybridTests
{
    [Fact]
    public void Bit_packed_values_decode_as_in_the_parquet_specification()
    {
        // The specification's example: 0..7 with bit width 3, one group of eight (header 1 << 1 | 1).
        var values = new int[8];

        Assert.True(RleHybrid.TryDecode([0x03, 0x88, 0xC6, 0xFA], 3, values));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], values);
    }

    [Fact]
    public void A_run_repeats_its_value_in_as_many_bytes_as_the_width_needs()
    {
        var values = new int[5];

        Assert.True(RleHybrid.TryDecode([5 << 1, 0x34, 0x12], 13, values));
        Assert.Equal([0x1234, 0x1234, 0x1234, 0x1234, 0x1234], values);
    }

    [Fact]
    public void Data_that_ends_before_the_values_do_is_refused()
    {
        Assert.False(RleHybrid.TryDecode([0x03, 0x88], 3, new int[8]));
        Assert.False(RleHybrid.TryDecode([4 << 1], 8, new int[4]));
        Assert.False(RleHybrid.TryDecode([], 1, new int[1]));
    }

    [Property]
    public Property Runs_and_packed_groups_decode_to_what_was_encoded() =>
        Prop.ForAll(Gen.Choose(1, 32).ToArbitrary(), Gen.Choose(0, int.MaxValue).ArrayOf().ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), (width, raw, run) =>
        {
            var mask = width == 32 ? -1 : (int)((1L << width) - 1);
            // Only the last group of a run of packed groups is ever partly used: keep whole groups here.
            var packed = raw.Take(raw.Length / 8 * 8).Select(v => v & mask).ToArray();
            var repeated = packed.Length > 0 ? packed[0] : 0;
            var expected = packed.Concat(Enumerable.Repeat(repeated, run)).ToArray();
            var encoded = Packed(packed, width).Concat(Run(repeated, run, width)).ToArray();
            var decoded = new int[expected.Length];
            return RleHybrid.TryDecode(encoded, width, decoded) && decoded.SequenceEqual(expected);
        });

    /// <summary>Bit-packed groups of eight, the last padded with zeros (its extra values are never asked for).</summary>
    private static IEnumerable<byte> Packed(int[] values, int width)
    {
        if (values.Length == 0)
        {
            return [];
        }

        var groups = (values.Length + 7) / 8;
        var bits = new System.Collections.BitArray(groups * 8 * width);
        for (var i = 0; i < values.Length; i++)
        {
            for (var b = 0; b < width; b++)
            {
                bits[(i * width) + b] = ((values[i] >> b) & 1) == 1;
            }
        }

        var bytes = new byte[groups * width];
        bits.CopyTo(bytes, 0);
        return Varint(((ulong)groups << 1) | 1).Concat(bytes);
    }

    private static IEnumerable<byte> Run(int value, int count, int width) =>
        Varint((ulong)count << 1).Concat(BitConverter.GetBytes(value).Take((width + 7) / 8));

    private static IEnumerable<byte> Varint(ulong value)
    {
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            yield return value == 0 ? b : (byte)(b | 0x80);
        }
        while (value != 0);
    }
}
