using System.Buffers;

namespace FunctionalScoring.Parquet.Pages;

/// <summary>
/// The working buffers of one chunk's decoding, rented from the shared pools, grown when a page needs
/// more, reused for the next page and returned when the chunk is done: no allocation per value or page.
/// </summary>
internal sealed class Scratch : IDisposable
{
    private byte[] page = [];
    private byte[] value = [];
    private int[] levels = [];
    private int[] indices = [];
    private long[] raw = [];
    private long[] lengths = [];

    /// <summary>The decompressed bytes of the current page.</summary>
    public Span<byte> Page(int size) => Rent(ref page, size);

    /// <summary>One value being assembled (DELTA_BYTE_ARRAY, BYTE_STREAM_SPLIT byte arrays).</summary>
    public byte[] Value(int size, bool keep)
    {
        if (value.Length < size)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(size, value.Length * 2));
            if (keep)
            {
                value.CopyTo(larger, 0);
            }

            Return(value);
            value = larger;
        }

        return value;
    }

    /// <summary>The definition levels of the current page.</summary>
    public Span<int> Levels(int count) => Rent(ref levels, count);

    /// <summary>The dictionary indices of the current page.</summary>
    public Span<int> Indices(int count) => Rent(ref indices, count);

    /// <summary>Integers as stored, before conversion; or the prefix lengths of DELTA_BYTE_ARRAY.</summary>
    public Span<long> Raw(int count) => Rent(ref raw, count);

    /// <summary>The lengths of DELTA_LENGTH_BYTE_ARRAY values or DELTA_BYTE_ARRAY suffixes.</summary>
    public Span<long> Lengths(int count) => Rent(ref lengths, count);

    public void Dispose()
    {
        Return(page);
        Return(value);
        Return(levels);
        Return(indices);
        Return(raw);
        Return(lengths);
        (page, value, levels, indices, raw, lengths) = ([], [], [], [], [], []);
    }

    private static Span<T> Rent<T>(ref T[] buffer, int count)
    {
        if (buffer.Length < count)
        {
            Return(buffer);
            buffer = ArrayPool<T>.Shared.Rent(count);
        }

        return buffer.AsSpan(0, count);
    }

    private static void Return<T>(T[] buffer)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<T>.Shared.Return(buffer);
        }
    }
}
