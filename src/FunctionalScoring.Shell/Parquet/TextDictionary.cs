namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// The distinct values of one text column in first-seen order: the same text always gets the same code within
/// one table read, and each distinct value is allocated once, however many rows hold it.
/// </summary>
public sealed class TextDictionary
{
    private readonly Dictionary<string, int> codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private readonly List<string> values = [];

    public TextDictionary() => bySpan = codes.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => values.Count;

    public string this[int code] => values[code];

    /// <summary>The code of <paramref name="text"/>, adding it when first seen.</summary>
    public int CodeOf(ReadOnlySpan<char> text)
    {
        if (bySpan.TryGetValue(text, out var code))
        {
            return code;
        }

        var value = text.ToString();
        code = values.Count;
        codes.Add(value, code);
        values.Add(value);
        return code;
    }

    /// <summary>A snapshot: index <c>i</c> holds the text of code <c>i</c>.</summary>
    public string[] ToArray() => [.. values];
}
