using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Parquet.Encodings;
using FunctionalScoring.Parquet.Writing;

namespace FunctionalScoring.Parquet.Tests.Writing;

public sealed class RleHybridEncoderTests
{
    [Fact]
    public void Eight_equal_values_after_three_others_become_one_packed_group_and_a_run()
    {
        using var output = new ByteBuffer();

        RleHybridEncoder.Encode<int>([1, 2, 3, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7], 3, output);

        // One packed group of eight (1, 2, 3 and five 7s lent by the run, header 1 << 1 | 1), then eight 7s (header 8 << 1).
        Assert.Equal([0x03, 0xD1, 0xFE, 0xFF, 0x10, 0x07], output.Written.ToArray());
    }

    [Fact]
    public void A_short_tail_is_padded_to_a_group_of_eight()
    {
        using var output = new ByteBuffer();

        RleHybridEncoder.Encode<byte>([1, 0, 1], 1, output);

        Assert.Equal([0x03, 0b101], output.Written.ToArray());
    }

    [Property(MaxTest = 300)]
    public Property What_is_encoded_decodes_to_the_same_values() =>
        Prop.ForAll(Gen.Choose(1, 32).ToArbitrary(), Runs().ToArbitrary(), (width, runs) =>
        {
            var mask = width == 32 ? uint.MaxValue : (1u << width) - 1;
            var values = runs.SelectMany(r => Enumerable.Repeat(unchecked((int)(r.Value & mask)), r.Length)).ToArray();
            using var output = new ByteBuffer();
            RleHybridEncoder.Encode<int>(values, width, output);
            var decoded = new int[values.Length];
            return (RleHybrid.TryDecode(output.Written, width, decoded) && decoded.SequenceEqual(values))
                .Classify(runs.Any(r => r.Length >= 8), "an RLE run")
                .Classify(values.Length > 504, "more than one packed run's worth");
        });

    private static Gen<(uint Value, int Length)[]> Runs() =>
        (from value in Gen.Choose(0, int.MaxValue).Select(v => (uint)v * 2u + 1u)
         from length in Gen.Frequency((3, Gen.Choose(1, 3)), (1, Gen.Choose(4, 60)), (1, Gen.Choose(400, 1200)))
         select (value, length)).ArrayOf();
}
