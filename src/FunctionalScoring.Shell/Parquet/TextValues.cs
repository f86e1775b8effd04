using System.Collections;
using FunctionalScoring.Parquet;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// The distinct values of one text column of a table read, in the order rows first use them: each
/// value is stored once, as its UTF-8 bytes, and made a string on request — not kept, since the usage
/// fold asks once per value and holding a string beside the bytes of every tenant id doubled what the
/// read keeps (bench L: 252k tenants). Bytes that are not valid UTF-8 get no code (the decoder marks
/// their rows, R28). One decoder adds while others read: a code below a <see cref="Count"/> just read
/// is always readable.
/// </summary>
public sealed class TextValues : IReadOnlyList<string>, IByteArrayInterner
{
    private readonly Utf8Interner interner = new();

    public int Count => interner.Count;

    public string this[int code] => System.Text.Encoding.UTF8.GetString(interner.Bytes(code));

    public int Intern(ReadOnlySpan<byte> value) => interner.Intern(value);

    public string[] ToArray()
    {
        var values = new string[Count];
        for (var code = 0; code < values.Length; code++)
        {
            values[code] = this[code];
        }

        return values;
    }

    public IEnumerator<string> GetEnumerator()
    {
        var known = Count;
        for (var code = 0; code < known; code++)
        {
            yield return this[code];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
