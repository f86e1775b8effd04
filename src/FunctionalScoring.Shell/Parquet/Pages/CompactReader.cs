namespace FunctionalScoring.Shell.Parquet.Pages;

/// <summary>
/// Just enough of Thrift's compact protocol to read a Parquet page header from memory: integers,
/// nested structs, and skipping whatever else a writer put there. Malformed input throws
/// <see cref="FormatException"/>, which callers treat as "not for the fast path".
/// </summary>
internal ref struct CompactReader(ReadOnlySpan<byte> data)
{
    private const byte Stop = 0, True = 1, False = 2, Byte = 3, I16 = 4, I32 = 5, I64 = 6, Double = 7, Binary = 8, List = 9, Set = 10, Map = 11, Struct = 12;

    private readonly ReadOnlySpan<byte> data = data;

    public int Position { get; private set; }

    /// <summary>The next field of the current struct as (id, type); type <c>0</c> ends the struct.</summary>
    public (short Id, byte Type) NextField(short previousId)
    {
        var header = ReadByte();
        var type = (byte)(header & 0x0F);
        if (type == Stop)
        {
            return (0, Stop);
        }

        var delta = header >> 4;
        var id = delta == 0 ? (short)ZigZag(ReadVarint()) : (short)(previousId + delta);
        return (id, type);
    }

    public int ReadInt(byte type) => type switch
    {
        Byte => (sbyte)ReadByte(),
        I16 or I32 => checked((int)ZigZag(ReadVarint())),
        _ => throw new FormatException($"expected an integer, found type {type}"),
    };

    /// <summary>Skips one value of <paramref name="type"/>, nested values included.</summary>
    public void Skip(byte type)
    {
        switch (type)
        {
            case True or False:
                break;
            case Byte:
                ReadByte();
                break;
            case I16 or I32 or I64:
                ReadVarint();
                break;
            case Double:
                Advance(8);
                break;
            case Binary:
                Advance(checked((int)ReadVarint()));
                break;
            case List or Set:
                var header = ReadByte();
                var count = header >> 4 == 15 ? checked((int)ReadVarint()) : header >> 4;
                for (var i = 0; i < count; i++)
                {
                    Skip((byte)(header & 0x0F));
                }

                break;
            case Map:
                var entries = checked((int)ReadVarint());
                var kinds = entries > 0 ? ReadByte() : (byte)0;
                for (var i = 0; i < entries; i++)
                {
                    Skip((byte)(kinds >> 4));
                    Skip((byte)(kinds & 0x0F));
                }

                break;
            case Struct:
                SkipStruct();
                break;
            default:
                throw new FormatException($"unknown compact type {type}");
        }
    }

    public void SkipStruct()
    {
        short id = 0;
        while (NextField(id) is (var next, var type) && type != Stop)
        {
            Skip(type);
            id = next;
        }
    }

    private static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private byte ReadByte() => Position < data.Length ? data[Position++] : throw new FormatException("page header runs past its chunk");

    private ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("varint longer than 64 bits");
    }

    private void Advance(int count)
    {
        if (count < 0 || Position + count > data.Length)
        {
            throw new FormatException("page header runs past its chunk");
        }

        Position += count;
    }
}
