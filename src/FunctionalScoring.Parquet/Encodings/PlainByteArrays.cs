using System.Buffers.Binary;

namespace FunctionalScoring.Parquet.Encodings;

/// <summary>Reads PLAIN byte arrays (a 4-byte little-endian length, then the bytes) or fixed-length ones.</summary>
internal ref struct PlainByteArrays(ReadOnlySpan<byte> data, PhysicalType type, int typeLength)
{
    private readonly ReadOnlySpan<byte> data = data;
    private int position;

    public (int Start, int Length) Next()
    {
        var length = typeLength;
        if (type == PhysicalType.ByteArray)
        {
            if (data.Length - position < 4)
            {
                throw new CorruptDataException("a PLAIN byte array's length runs past the end of the page");
            }

            length = BinaryPrimitives.ReadInt32LittleEndian(data[position..]);
            position += 4;
        }

        if (length < 0 || length > data.Length - position)
        {
            throw new CorruptDataException($"a PLAIN byte array of {length} bytes where {data.Length - position} remain");
        }

        var start = position;
        position += length;
        return (start, length);
    }
}
