using System.Collections;
using FunctionalScoring.Parquet;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// The distinct values of one text column of a table read, in the order rows first use them: each
/// value is stored once, as its UTF-8 bytes, and made a string on request. Bytes that are not valid
/// UTF-8 get no code (the decoder marks their rows, R28). One decoder adds while others read: a
/// code below a <see cref="Count"/> just read is always readable.
/// </summary>
public sealed class TextValues : IReadOnlyList<string>, IByteArrayInterner
{
    private readonly Utf8Interner interner = new();

    public int Count => interner.Count;

    public string this[int code] => interner[code];

    public int Intern(ReadOnlySpan<byte> value) => interner.Intern(value);

    public string[] ToArray() => interner.ToArray();

    public IEnumerator<string> GetEnumerator()
    {
        var known = Count;
        for (var code = 0; code < known; code++)
        {
            yield return interner[code];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
