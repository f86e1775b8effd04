using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Enc = FunctionalScoring.Parquet.Encodings.Encoding;

namespace FunctionalScoring.Parquet.Writing;

/// <summary>INT64, DATE (INT32), DOUBLE and BOOLEAN column chunks, PLAIN: the present values back to back.</summary>
internal static class ValueChunks
{
    /// <summary>Fixed-width values, little-endian as they lie in memory; a null row's value is ignored.</summary>
    public static ChunkMetadata Write<T>(DataPages pages, WriterColumn column, ReadOnlySpan<T> values, ReadOnlySpan<bool> present, int pageBytes, ChunkStatistics statistics)
        where T : unmanaged
    {
        var levels = pages.Levels(column, present, values.Length);
        T[]? rented = null;
        var dense = values;
        if (!present.IsEmpty && present.Contains(false))
        {
            rented = ArrayPool<T>.Shared.Rent(values.Length);
            dense = Gather(values, present, rented);
        }

        try
        {
            pages.StartChunk();
            var perPage = DataPages.RowsPerPage(pageBytes, Unsafe.SizeOf<T>() * 8);
            for (var (row, next) = (0, 0); row < values.Length; row += perPage)
            {
                var count = Math.Min(perPage, values.Length - row);
                var inPage = pages.Begin(levels, row, count);
                pages.Body.Add(MemoryMarshal.AsBytes(dense.Slice(next, inPage)));
                pages.End(count, Enc.Plain);
                next += inPage;
            }

            return pages.Finish(column, values.Length, Enc.Plain, statistics);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<T>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Booleans, one bit each, least significant bit first.</summary>
    public static ChunkMetadata WriteBooleans(DataPages pages, WriterColumn column, ReadOnlySpan<bool> values, ReadOnlySpan<bool> present, int pageBytes)
    {
        var statistics = ChunkStatistics.Booleans(values, present);
        var levels = pages.Levels(column, present, values.Length);
        pages.StartChunk();
        var perPage = DataPages.RowsPerPage(pageBytes, 1);
        for (var row = 0; row < values.Length; row += perPage)
        {
            var count = Math.Min(perPage, values.Length - row);
            var dense = pages.Begin(levels, row, count);
            var bits = pages.Body.Reserve((dense + 7) / 8);
            bits.Clear();
            var at = 0;
            for (var i = row; i < row + count; i++)
            {
                if (present.IsEmpty || present[i])
                {
                    bits[at >> 3] |= values[i] ? (byte)(1 << (at & 7)) : (byte)0;
                    at++;
                }
            }

            pages.Body.Advance(bits.Length);
            pages.End(count, Enc.Plain);
        }

        return pages.Finish(column, values.Length, Enc.Plain, statistics);
    }

    private static ReadOnlySpan<T> Gather<T>(ReadOnlySpan<T> values, ReadOnlySpan<bool> present, T[] target)
        where T : unmanaged
    {
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (present[i])
            {
                target[count++] = values[i];
            }
        }

        return target.AsSpan(0, count);
    }
}
