namespace FunctionalScoring.Parquet.Tests.Reference;

/// <summary>A test interner that takes any bytes, so byte-exact decoding is checked apart from UTF-8 validation.</summary>
public sealed class ByteTable : IByteArrayInterner
{
    private readonly Dictionary<string, int> codes = [];
    private readonly List<string> values = [];

    public int Calls { get; private set; }

    public int Intern(ReadOnlySpan<byte> value)
    {
        Calls++;
        var hex = Convert.ToHexString(value);
        if (!codes.TryGetValue(hex, out var code))
        {
            code = codes[hex] = values.Count;
            values.Add(hex);
        }

        return code;
    }

    public string this[int code] => values[code];
}
