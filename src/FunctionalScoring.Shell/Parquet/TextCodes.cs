namespace FunctionalScoring.Shell.Parquet;

/// <summary>Maps decoded strings of one row group to the table-wide codes of the column's dictionary.</summary>
internal static class TextCodes
{
    public static int Assign(ReadOnlyMemory<char>[] raw, int[]? levels, int defined, BatchColumn target)
    {
        var dictionary = (TextDictionary)target.Dictionary;
        var codes = target.Int32Target;
        var present = target.PresentTarget;
        var next = 0;
        var last = default(ReadOnlyMemory<char>);
        var lastCode = -1;
        for (var row = 0; row < codes.Length; row++)
        {
            if (levels is not null && levels[row] != defined)
            {
                codes[row] = 0;
                present[row] = false;
                continue;
            }

            var text = raw[next++];
            // A dictionary-encoded page repeats the very same memory for equal values: skip the hashing then.
            if (lastCode < 0 || !text.Equals(last))
            {
                last = text;
                lastCode = dictionary.CodeOf(text.Span);
            }

            codes[row] = lastCode;
            present[row] = true;
        }

        return codes.Length - next;
    }
}
