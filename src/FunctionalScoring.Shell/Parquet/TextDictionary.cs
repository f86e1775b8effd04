namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// The distinct values of one text column in first-seen order: the same text always gets the same code within
/// one table read, and each distinct value is allocated once, however many rows hold it.
/// One thread adds (the decoder of the next row group) while others may read: a value is stored
/// before <see cref="Count"/> says it is there, so every code below a <see cref="Count"/> just read is readable.
/// </summary>
public sealed class TextDictionary : IReadOnlyList<string>
{
    private readonly Dictionary<string, int> codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private string[] values = new string[16];
    private int count;

    public TextDictionary() => bySpan = codes.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => Volatile.Read(ref count);

    public string this[int code] => (uint)code < (uint)Count ? Volatile.Read(ref values)[code] : throw new ArgumentOutOfRangeException(nameof(code));

    /// <summary>The code of <paramref name="text"/>, adding it when first seen (the writer's side).</summary>
    public int CodeOf(ReadOnlySpan<char> text)
    {
        if (bySpan.TryGetValue(text, out var code))
        {
            return code;
        }

        var value = text.ToString();
        code = count;
        if (code == values.Length)
        {
            var larger = new string[values.Length * 2];
            values.CopyTo(larger, 0);
            Volatile.Write(ref values, larger);
        }

        values[code] = value;
        codes.Add(value, code);
        Volatile.Write(ref count, code + 1);
        return code;
    }

    public IEnumerator<string> GetEnumerator()
    {
        var known = Count;
        var snapshot = Volatile.Read(ref values);
        for (var code = 0; code < known; code++)
        {
            yield return snapshot[code];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A snapshot: index <c>i</c> holds the text of code <c>i</c>.</summary>
    public string[] ToArray()
    {
        var known = Count;
        return Volatile.Read(ref values)[..known];
    }
}
