using System.Buffers;
using System.Buffers.Binary;

namespace FunctionalScoring.Parquet.Writing;

/// <summary>
/// A growable byte buffer rented from the shared pool and reused page after page: the writer builds
/// each page, its compressed form and its header in one of these, so a steady state allocates nothing.
/// </summary>
internal sealed class ByteBuffer : IDisposable
{
    private byte[] bytes = [];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    /// <summary>Room for <paramref name="count"/> more bytes; <see cref="Advance"/> says how many were used.</summary>
    public Span<byte> Reserve(int count)
    {
        Ensure(count);
        return bytes.AsSpan(Length, count);
    }

    public void Advance(int count) => Length += count;

    public void Add(byte value)
    {
        Ensure(1);
        bytes[Length++] = value;
    }

    public void Add(ReadOnlySpan<byte> values)
    {
        values.CopyTo(Reserve(values.Length));
        Length += values.Length;
    }

    /// <summary>An unsigned LEB128 varint, as Thrift's compact protocol and the hybrid encoding store lengths.</summary>
    public void AddVarint(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            bytes[Length++] = unchecked((byte)(value | 0x80));
            value >>= 7;
        }

        bytes[Length++] = (byte)value;
    }

    public void AddInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);
        Length += 4;
    }

    /// <summary>Overwrites four bytes at <paramref name="at"/> (a length prefix known only afterwards).</summary>
    public void SetInt32(int at, int value) => BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at, 4), value);

    public void Dispose()
    {
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        (bytes, Length) = ([], 0);
    }

    private void Ensure(int more)
    {
        var needed = checked(Length + more);
        if (needed <= bytes.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Max(needed, Math.Min(Array.MaxLength, bytes.Length * 2L)));
        bytes.AsSpan(0, Length).CopyTo(larger);
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        bytes = larger;
    }
}
