using System.Buffers.Binary;
using System.Numerics;

namespace FunctionalScoring.Parquet.Writing;

/// <summary>
/// A column chunk's statistics as the footer stores them: <c>min_value</c>/<c>max_value</c> in the
/// column's type-defined order (PLAIN-encoded), absent when no value orders (all null, or all NaN),
/// and <c>null_count</c>. <see cref="Signed"/> orders (integers, dates, doubles) also fill the
/// deprecated <c>min</c>/<c>max</c> for old readers; unsigned ones (text, booleans) must not.
/// </summary>
internal sealed record ChunkStatistics(long NullCount, byte[]? Min, byte[]? Max, bool Signed)
{
    public static ChunkStatistics Integers<T>(ReadOnlySpan<T> values, ReadOnlySpan<bool> present)
        where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
    {
        var (min, max, nulls) = (T.MaxValue, T.MinValue, 0L);
        for (var i = 0; i < values.Length; i++)
        {
            if (present.IsEmpty || present[i])
            {
                min = T.Min(min, values[i]);
                max = T.Max(max, values[i]);
            }
            else
            {
                nulls++;
            }
        }

        return nulls == values.Length ? new(nulls, null, null, true) : new(nulls, Bytes(min), Bytes(max), true);
    }

    /// <summary>NaN is left out of the bounds; a zero bound is written −0.0 as a minimum and +0.0 as a maximum, as the format asks.</summary>
    public static ChunkStatistics Doubles(ReadOnlySpan<double> values, ReadOnlySpan<bool> present)
    {
        var (min, max, nulls, ordered) = (double.PositiveInfinity, double.NegativeInfinity, 0L, false);
        for (var i = 0; i < values.Length; i++)
        {
            if (!present.IsEmpty && !present[i])
            {
                nulls++;
            }
            else if (!double.IsNaN(values[i]))
            {
                (min, max, ordered) = (Math.Min(min, values[i]), Math.Max(max, values[i]), true);
            }
        }

        return ordered
            ? new(nulls, Bytes(min == 0 ? -0.0 : min), Bytes(max == 0 ? 0.0 : max), true)
            : new(nulls, null, null, true);
    }

    /// <summary>false before true.</summary>
    public static ChunkStatistics Booleans(ReadOnlySpan<bool> values, ReadOnlySpan<bool> present)
    {
        var (seenFalse, seenTrue, nulls) = (false, false, 0L);
        for (var i = 0; i < values.Length; i++)
        {
            if (!present.IsEmpty && !present[i])
            {
                nulls++;
            }
            else if (values[i])
            {
                seenTrue = true;
            }
            else
            {
                seenFalse = true;
            }
        }

        return seenFalse || seenTrue
            ? new(nulls, [seenFalse ? (byte)0 : (byte)1], [seenTrue ? (byte)1 : (byte)0], false)
            : new(nulls, null, null, false);
    }

    /// <summary>Text bounds in unsigned byte order, found among the chunk's distinct values.</summary>
    public static ChunkStatistics Text(ReadOnlySpan<int> distinctCodes, IUtf8Table table, long nulls)
    {
        if (distinctCodes.IsEmpty)
        {
            return new(nulls, null, null, false);
        }

        var (min, max) = (distinctCodes[0], distinctCodes[0]);
        foreach (var code in distinctCodes[1..])
        {
            var bytes = table.Bytes(code);
            min = bytes.SequenceCompareTo(table.Bytes(min)) < 0 ? code : min;
            max = bytes.SequenceCompareTo(table.Bytes(max)) > 0 ? code : max;
        }

        return new(nulls, table.Bytes(min).ToArray(), table.Bytes(max).ToArray(), false);
    }

    private static byte[] Bytes<T>(T value)
        where T : unmanaged, IBinaryInteger<T>
    {
        var bytes = new byte[value.GetByteCount()];
        value.WriteLittleEndian(bytes);
        return bytes;
    }

    private static byte[] Bytes(double value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
        return bytes;
    }
}
