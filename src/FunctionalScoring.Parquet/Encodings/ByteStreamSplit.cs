namespace FunctionalScoring.Parquet.Encodings;

/// <summary>
/// BYTE_STREAM_SPLIT: byte <c>k</c> of every value in stream <c>k</c>, streams one after another, each
/// as long as the page's value count (the data length over the value width).
/// </summary>
internal static class ByteStreamSplit
{
    /// <summary>The stride between streams, checked against the page's length and value count.</summary>
    public static int Stride(ReadOnlySpan<byte> data, int width, int count)
    {
        if (width <= 0 || data.Length % width != 0 || data.Length / width < count)
        {
            throw new CorruptDataException($"a BYTE_STREAM_SPLIT page of {data.Length} bytes cannot hold {count} values of {width} bytes");
        }

        return data.Length / width;
    }

    /// <summary>Decodes INT32 (<paramref name="width"/> 4, sign-extended) or INT64 (8) values.</summary>
    public static void DecodeIntegers(ReadOnlySpan<byte> data, int width, Span<long> values)
    {
        var stride = Stride(data, width, values.Length);
        if (width == 4)
        {
            var b0 = data[..stride];
            var b1 = data.Slice(stride, stride);
            var b2 = data.Slice(2 * stride, stride);
            var b3 = data.Slice(3 * stride, stride);
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = unchecked((int)(b0[i] | ((uint)b1[i] << 8) | ((uint)b2[i] << 16) | ((uint)b3[i] << 24)));
            }

            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            ulong value = 0;
            for (var k = 0; k < 8; k++)
            {
                value |= (ulong)data[(k * stride) + i] << (8 * k);
            }

            values[i] = unchecked((long)value);
        }
    }

    /// <summary>Gathers value <paramref name="index"/> of a FIXED_LEN_BYTE_ARRAY page into <paramref name="value"/>.</summary>
    public static void Gather(ReadOnlySpan<byte> data, int stride, int index, Span<byte> value)
    {
        for (var k = 0; k < value.Length; k++)
        {
            value[k] = data[(k * stride) + index];
        }
    }
}
