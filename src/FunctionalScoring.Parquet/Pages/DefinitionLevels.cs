namespace FunctionalScoring.Parquet.Pages;

/// <summary>Definition levels of a flat optional column: 1 for a value, 0 for a null.</summary>
internal static class DefinitionLevels
{
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
