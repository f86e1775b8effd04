using System.Text;
using FunctionalScoring.Parquet.Writing;

namespace FunctionalScoring.Parquet.Thrift;

/// <summary>
/// Just enough of Thrift's compact protocol to write Parquet's page headers and footer: structs of
/// integers, booleans, binaries and strings, nested structs and lists. Fields must be written in
/// ascending id order within each struct (as the Parquet writers do); that keeps each field header
/// one byte. <see cref="CompactReader"/> reads what this writes.
/// </summary>
internal sealed class CompactWriter(ByteBuffer output)
{
    // The last field id of each struct being written, innermost last; Parquet's metadata nests 5 deep.
    private readonly short[] lastIds = new short[16];
    private int depth = -1;

    /// <summary>Starts the outermost struct (a page header or the file metadata).</summary>
    public void BeginStruct() => lastIds[++depth] = 0;

    /// <summary>Ends the struct being written with its stop byte.</summary>
    public void EndStruct()
    {
        output.Add(CompactReader.Stop);
        depth--;
    }

    public void Int32(short id, int value)
    {
        Header(id, CompactReader.I32);
        output.AddVarint(ZigZag(value));
    }

    public void Int16(short id, short value)
    {
        Header(id, CompactReader.I16);
        output.AddVarint(ZigZag(value));
    }

    public void Int64(short id, long value)
    {
        Header(id, CompactReader.I64);
        output.AddVarint(ZigZag(value));
    }

    public void Byte(short id, sbyte value)
    {
        Header(id, CompactReader.Byte);
        output.Add(unchecked((byte)value));
    }

    /// <summary>A boolean field: its value is the field header's type.</summary>
    public void Bool(short id, bool value) => Header(id, value ? CompactReader.True : CompactReader.False);

    public void Binary(short id, ReadOnlySpan<byte> value)
    {
        Header(id, CompactReader.Binary);
        BinaryElement(value);
    }

    public void String(short id, string value)
    {
        Header(id, CompactReader.Binary);
        StringElement(value);
    }

    /// <summary>Starts a struct-valued field; end it with <see cref="EndStruct"/>.</summary>
    public void Struct(short id)
    {
        Header(id, CompactReader.Struct);
        BeginStruct();
    }

    /// <summary>Starts a list field of <paramref name="count"/> elements of <paramref name="elementType"/>; write them next.</summary>
    public void List(short id, byte elementType, int count)
    {
        Header(id, CompactReader.List);
        if (count < 15)
        {
            output.Add((byte)((count << 4) | elementType));
        }
        else
        {
            output.Add((byte)(0xF0 | elementType));
            output.AddVarint((ulong)count);
        }
    }

    public void Int32Element(int value) => output.AddVarint(ZigZag(value));

    public void BinaryElement(ReadOnlySpan<byte> value)
    {
        output.AddVarint((ulong)value.Length);
        output.Add(value);
    }

    public void StringElement(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        output.AddVarint((ulong)length);
        output.Advance(Encoding.UTF8.GetBytes(value, output.Reserve(length)));
    }

    private void Header(short id, byte type)
    {
        var delta = id - lastIds[depth];
        if (delta is > 0 and <= 15)
        {
            output.Add((byte)((delta << 4) | type));
        }
        else
        {
            output.Add(type);
            output.AddVarint(ZigZag(id));
        }

        lastIds[depth] = id;
    }

    private static ulong ZigZag(long value) => unchecked((ulong)((value << 1) ^ (value >> 63)));
}
