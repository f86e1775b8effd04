using System.Buffers.Binary;
using FunctionalScoring.Parquet.Encodings;

namespace FunctionalScoring.Parquet.Pages;

/// <summary>Definition levels of a flat optional column: 1 for a value, 0 for a null.</summary>
internal static class DefinitionLevels
{
    /// <summary>V1 RLE levels: a 4-byte little-endian length, then the RLE/bit-packed hybrid.</summary>
    public static int ReadRle(ReadOnlySpan<byte> page, Span<int> levels)
    {
        if (page.Length < 4 || BinaryPrimitives.ReadInt32LittleEndian(page) is var length && (length < 0 || length > page.Length - 4))
        {
            throw new CorruptDataException("the definition levels' length runs past the end of the page");
        }

        ReadHybrid(page.Slice(4, length), levels);
        return 4 + length;
    }

    /// <summary>Levels in the RLE/bit-packed hybrid, one bit wide (V2 pages store them so, with their length in the header).</summary>
    public static void ReadHybrid(ReadOnlySpan<byte> encoded, Span<int> levels)
    {
        if (!RleHybrid.TryDecode(encoded, 1, levels))
        {
            throw new CorruptDataException("the definition levels end early or are malformed");
        }
    }

    /// <summary>How many rows hold a value; a level above 1 cannot occur in a flat column.</summary>
    public static int CountDefined(ReadOnlySpan<int> levels)
    {
        var defined = 0;
        var seen = 0;
        foreach (var level in levels)
        {
            defined += level;
            seen |= level;
        }

        return (uint)seen <= 1 ? defined : throw new CorruptDataException("a definition level above the column's maximum of 1");
    }

    /// <summary>
    /// Moves the <paramref name="defined"/> dense values to their rows, from the last row backwards so
    /// nothing is overwritten before it moves; null rows get the default value and <see cref="ValueState.Null"/>.
    /// </summary>
    public static void Spread<T>(ReadOnlySpan<int> levels, Span<T> values, Span<ValueState> states, int defined)
    {
        var next = defined - 1;
        for (var row = levels.Length - 1; row > next; row--)
        {
            if (levels[row] != 0)
            {
                values[row] = values[next];
                states[row] = states[next];
                next--;
            }
            else
            {
                values[row] = default!;
                states[row] = ValueState.Null;
            }
        }
    }

    /// <summary>
    /// The deprecated BIT_PACKED level encoding of V1 pages: one bit per level, most significant bit
    /// first, no length prefix. Returns the bytes it takes.
    /// </summary>
    public static int ReadBitPacked(ReadOnlySpan<byte> page, Span<int> levels)
    {
        var bytes = (levels.Length + 7) / 8;
        if (bytes > page.Length)
        {
            throw new CorruptDataException("the bit-packed definition levels run past the end of the page");
        }

        for (var i = 0; i < levels.Length; i++)
        {
            levels[i] = (page[i >> 3] >> (7 - (i & 7))) & 1;
        }

        return bytes;
    }
}
