namespace FunctionalScoring.Parquet.Thrift;

/// <summary>
/// Just enough of Thrift's compact protocol to read a Parquet page header from memory: integers,
/// booleans, nested structs, and skipping whatever else a writer put there. Malformed input throws
/// <see cref="CorruptDataException"/>.
/// </summary>
internal ref struct CompactReader(ReadOnlySpan<byte> data)
{
    public const byte Stop = 0, True = 1, False = 2, Byte = 3, I16 = 4, I32 = 5, I64 = 6, Double = 7, Binary = 8, List = 9, Set = 10, Map = 11, Struct = 12;

    // Thrift's own readers refuse deeper nesting too; it keeps a crafted header from exhausting the stack.
    private const int MaxDepth = 64;

    private readonly ReadOnlySpan<byte> data = data;
    private int depth;

    public int Position { get; private set; }

    /// <summary>The next field of the current struct as (id, type); type <see cref="Stop"/> ends the struct.</summary>
    public (short Id, byte Type) NextField(short previousId)
    {
        var header = ReadByte();
        var type = (byte)(header & 0x0F);
        if (type == Stop)
        {
            return (0, Stop);
        }

        var delta = header >> 4;
        var id = delta == 0 ? unchecked((short)ZigZag(ReadVarint())) : unchecked((short)(previousId + delta));
        return (id, type);
    }

    public int ReadInt(byte type) => type switch
    {
        Byte => (sbyte)ReadByte(),
        I16 or I32 => ZigZag(ReadVarint()) is var value && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new CorruptDataException("a page header integer does not fit in 32 bits"),
        _ => throw new CorruptDataException($"a page header field holds type {type} where an integer belongs"),
    };

    public bool ReadBool(byte type) => type switch
    {
        True => true,
        False => false,
        _ => throw new CorruptDataException($"a page header field holds type {type} where a boolean belongs"),
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
                Advance(ReadLength());
                break;
            case List or Set:
                var header = ReadByte();
                var count = header >> 4 == 15 ? ReadLength() : header >> 4;
                for (var i = 0; i < count; i++)
                {
                    SkipElement((byte)(header & 0x0F));
                }

                break;
            case Map:
                var entries = ReadLength();
                var kinds = entries > 0 ? ReadByte() : (byte)0;
                for (var i = 0; i < entries; i++)
                {
                    SkipElement((byte)(kinds >> 4));
                    SkipElement((byte)(kinds & 0x0F));
                }

                break;
            case Struct:
                SkipStruct();
                break;
            default:
                throw new CorruptDataException($"unknown compact protocol type {type} in a page header");
        }
    }

    public void SkipStruct()
    {
        Enter();
        short id = 0;
        while (NextField(id) is (var next, var type) && type != Stop)
        {
            Skip(type);
            id = next;
        }

        depth--;
    }

    /// <summary>Counts a nested struct being read by a caller, refusing absurd depths.</summary>
    public void Enter()
    {
        if (++depth > MaxDepth)
        {
            throw new CorruptDataException("page header structs nest too deeply");
        }
    }

    public void Leave() => depth--;

    /// <summary>A list, set or map element: booleans take a byte there, unlike in a struct field's header.</summary>
    private void SkipElement(byte type)
    {
        Enter();
        if (type is True or False)
        {
            ReadByte();
        }
        else
        {
            Skip(type);
        }

        depth--;
    }

    private static long ZigZag(ulong value) => unchecked((long)(value >> 1) ^ -(long)(value & 1));

    private byte ReadByte() => Position < data.Length ? data[Position++] : throw new CorruptDataException("the page header runs past the end of the column chunk");

    private int ReadLength()
    {
        var length = ReadVarint();
        return length <= (ulong)(data.Length - Position) ? (int)length : throw new CorruptDataException("the page header runs past the end of the column chunk");
    }

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

        throw new CorruptDataException("a page header varint is longer than 64 bits");
    }

    private void Advance(int count)
    {
        if (count < 0 || count > data.Length - Position)
        {
            throw new CorruptDataException("the page header runs past the end of the column chunk");
        }

        Position += count;
    }
}
