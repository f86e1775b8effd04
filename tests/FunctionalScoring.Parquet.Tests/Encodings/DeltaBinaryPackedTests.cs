using FunctionalScoring.Parquet.Encodings;

namespace FunctionalScoring.Parquet.Tests.Encodings;

public sealed class DeltaBinaryPackedTests
{
    // Block of 128 values in 4 miniblocks (0x80 0x01, 0x04), 5 values, first value 1 (zigzag 2).
    private static readonly byte[] Header = [0x80, 0x01, 0x04, 0x05, 0x02];

    [Fact]
    public void Constant_deltas_need_no_bits_at_all()
    {
        // Minimum delta 1 (zigzag 2), every miniblock of bit width 0.
        var values = new long[5];

        var end = DeltaBinaryPacked.Decode([.. Header, 0x02, 0, 0, 0, 0], 64, values);

        Assert.Equal([1L, 2L, 3L, 4L, 5L], values);
        Assert.Equal(10, end);
    }

    [Fact]
    public void Deltas_above_the_minimum_are_bit_packed_and_32_bit_values_wrap()
    {
        // First value int.MaxValue, minimum delta 0, widths 1: deltas 1,0,1,1 wrap past int.MaxValue.
        byte[] header = [0x80, 0x01, 0x04, 0x05, 0xFE, 0xFF, 0xFF, 0xFF, 0x0F];
        var values = new long[5];

        DeltaBinaryPacked.Decode([.. header, 0x00, 1, 0, 0, 0, 0b1101, 0, 0, 0], 32, values);

        Assert.Equal([int.MaxValue, int.MinValue, int.MinValue, int.MinValue + 1, int.MinValue + 2], values);
    }

    [Theory]
    [InlineData(new byte[] { 0x80, 0x01, 0x04, 0x05, 0x02, 0x02, 33, 0, 0, 0 }, "a DELTA_BINARY_PACKED miniblock has bit width 33 for 32-bit values")]
    [InlineData(new byte[] { 0x81, 0x01, 0x04, 0x05, 0x02 }, "DELTA_BINARY_PACKED block size 129 with 4 miniblocks breaks the format's multiples of 128 and 32")]
    [InlineData(new byte[] { 0x80, 0x01, 0x04, 0x05, 0x02, 0x02, 1, 0 }, "a DELTA_BINARY_PACKED block's bit widths run past the end of the page")]
    [InlineData(new byte[] { 0x80, 0x01, 0x04, 0x05, 0x02, 0x02, 8, 0, 0, 0, 1, 2 }, "a DELTA_BINARY_PACKED miniblock runs past the end of the page")]
    [InlineData(new byte[] { 0x80, 0x01, 0x04, 0x03, 0x02 }, "the DELTA_BINARY_PACKED stream holds 3 values where the page needs 5")]
    public void Malformed_streams_are_refused_with_what_is_wrong(byte[] stream, string reason)
    {
        var error = Assert.Throws<CorruptDataException>(() => DeltaBinaryPacked.Decode(stream, 32, new long[5]));

        Assert.Equal(reason, error.Message);
    }
}
