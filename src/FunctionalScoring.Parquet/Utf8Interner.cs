using System.IO.Hashing;
using System.Text;
using System.Text.Unicode;

namespace FunctionalScoring.Parquet;

/// <summary>
/// An append-only table of distinct UTF-8 values, compared byte by byte (ordinal): codes are 0, 1, 2…
/// in first-use order, each distinct value is copied once, and its <see cref="string"/> is made only
/// when asked for. Bytes that are not valid UTF-8 are never decoded lossily: they get
/// <see cref="InvalidUtf8"/> and are not stored, so the caller can reject the row with a reason.
/// One thread interns; others may read any code below a <see cref="Count"/> they have read.
/// </summary>
public sealed class Utf8Interner : IByteArrayInterner, IUtf8Table
{
    /// <summary>The code of a value whose bytes are not valid UTF-8.</summary>
    public const int InvalidUtf8 = -1;

    private readonly Dictionary<byte[], int> codes = new(ByteContent.Comparer);
    private readonly Dictionary<byte[], int>.AlternateLookup<ReadOnlySpan<byte>> bySpan;
    private byte[][] values = new byte[16][];
    private string?[] texts = new string?[16];
    private int count;

    /// <summary>An empty table.</summary>
    public Utf8Interner() => bySpan = codes.GetAlternateLookup<ReadOnlySpan<byte>>();

    /// <summary>How many distinct values the table holds.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>The value of <paramref name="code"/> as a string, made on first request.</summary>
    public string this[int code] => Text(code);

    /// <inheritdoc/>
    public int Intern(ReadOnlySpan<byte> value)
    {
        if (bySpan.TryGetValue(value, out var code))
        {
            return code;
        }

        if (!Utf8.IsValid(value))
        {
            return InvalidUtf8;
        }

        var stored = value.ToArray();
        code = count;
        if (code == values.Length)
        {
            Grow();
        }

        values[code] = stored;
        codes.Add(stored, code);
        Volatile.Write(ref count, code + 1);
        return code;
    }

    /// <summary>The bytes of <paramref name="code"/>.</summary>
    public ReadOnlySpan<byte> Bytes(int code) => Volatile.Read(ref values)[Checked(code)];

    /// <summary>A snapshot of every value as a string: index <c>i</c> holds code <c>i</c>.</summary>
    public string[] ToArray()
    {
        var known = Count;
        var all = new string[known];
        for (var code = 0; code < known; code++)
        {
            all[code] = Text(code);
        }

        return all;
    }

    private string Text(int code)
    {
        var cache = Volatile.Read(ref texts);
        var index = Checked(code);
        if (index < cache.Length && Volatile.Read(ref cache[index]) is { } text)
        {
            return text;
        }

        // Two readers may both make the string: the same text either way, so the race is harmless.
        text = Encoding.UTF8.GetString(Volatile.Read(ref values)[index]);
        if (index < cache.Length)
        {
            Volatile.Write(ref cache[index], text);
        }

        return text;
    }

    private int Checked(int code) => (uint)code < (uint)Count ? code : throw new ArgumentOutOfRangeException(nameof(code));

    private void Grow()
    {
        var larger = new byte[values.Length * 2][];
        values.CopyTo(larger, 0);
        Volatile.Write(ref values, larger);
        var largerTexts = new string?[larger.Length];
        texts.CopyTo(largerTexts, 0);
        Volatile.Write(ref texts, largerTexts);
    }

    /// <summary>Ordinal equality on bytes, usable with a span key so that a lookup allocates nothing.</summary>
    private sealed class ByteContent : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly ByteContent Comparer = new();

        private static readonly long Seed = Random.Shared.NextInt64();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode((ReadOnlySpan<byte>)obj);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        // XXH3 is several times faster than HashCode.AddBytes on short values; the per-process seed
        // keeps crafted values from colliding on purpose, as HashCode's randomisation does.
        public int GetHashCode(ReadOnlySpan<byte> alternate) => unchecked((int)XxHash3.HashToUInt64(alternate, Seed));

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
