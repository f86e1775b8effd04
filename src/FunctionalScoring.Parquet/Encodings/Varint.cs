namespace FunctionalScoring.Parquet.Encodings;

/// <summary>ULEB128 varints and their zigzag form, as the delta encodings and the hybrid encoding store them.</summary>
internal static class Varint
{
    public static bool TryRead(ReadOnlySpan<byte> data, ref int position, out ulong value)
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

    public static ulong Read(ReadOnlySpan<byte> data, ref int position, string what) =>
        TryRead(data, ref position, out var value) ? value : throw new CorruptDataException($"the {what} is cut short or longer than 64 bits");

    public static long ReadZigZag(ReadOnlySpan<byte> data, ref int position, string what)
    {
        var value = Read(data, ref position, what);
        return unchecked((long)(value >> 1) ^ -(long)(value & 1));
    }
}
