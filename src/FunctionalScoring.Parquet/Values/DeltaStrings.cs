using FunctionalScoring.Parquet.Encodings;
using FunctionalScoring.Parquet.Pages;

namespace FunctionalScoring.Parquet.Values;

/// <summary>
/// DELTA_BYTE_ARRAY: each value is a prefix of the previous value plus a suffix. The prefix lengths
/// (DELTA_BINARY_PACKED), then the suffixes (DELTA_LENGTH_BYTE_ARRAY). Lengths count BYTES — the
/// shared prefix of "éab" and "éa" is 3 bytes, whatever the characters.
/// </summary>
internal static class DeltaStrings
{
    /// <summary>
    /// The count of a lengths stream, which must be the page's count of values: every length is decoded
    /// (the data follows the whole stream), so a count read from the bytes must not size a buffer alone.
    /// </summary>
    public static int CountOf(ReadOnlySpan<byte> data, int expected, string what)
    {
        var count = DeltaBinaryPacked.CountOf(data);
        return count == expected ? count : throw new CorruptDataException($"a page of {expected} values holds {count} {what}");
    }

    /// <summary>Decodes <c>sink.Count</c> values; <paramref name="fixedLength"/> is the FIXED_LEN_BYTE_ARRAY length, or -1.</summary>
    public static void Decode(ReadOnlySpan<byte> data, int fixedLength, Scratch scratch, ref TextSink sink)
    {
        var prefixes = scratch.Raw(CountOf(data, sink.Count, "prefix lengths"));
        var position = DeltaBinaryPacked.Decode(data, 32, prefixes);
        var rest = data[position..];
        var suffixLengths = scratch.Lengths(CountOf(rest, sink.Count, "suffix lengths"));
        position = DeltaBinaryPacked.Decode(rest, 32, suffixLengths);
        var suffixes = rest[position..];

        // The value is rebuilt in place: its prefix is already there, left by the previous value.
        var previousLength = 0;
        var previousCode = 0;
        var offset = 0;
        for (var i = 0; i < sink.Count; i++)
        {
            var (prefix, suffix) = (prefixes[i], suffixLengths[i]);
            if (prefix < 0 || prefix > previousLength || suffix < 0 || suffix > suffixes.Length - offset)
            {
                throw new CorruptDataException($"DELTA_BYTE_ARRAY value {i} takes {prefix} bytes of a {previousLength}-byte previous value and {suffix} of {suffixes.Length - offset} remaining bytes");
            }

            var length = (int)(prefix + suffix);
            if (fixedLength >= 0 && length != fixedLength)
            {
                throw new CorruptDataException($"a DELTA_BYTE_ARRAY value of {length} bytes in a FIXED_LEN_BYTE_ARRAY({fixedLength}) column");
            }

            if (i > 0 && suffix == 0 && prefix == previousLength)
            {
                // The same value again, the common case in sorted or repetitive data: no need to intern it twice.
                sink.Store(i, previousCode);
                continue;
            }

            var buffer = scratch.Value(length, keep: true);
            suffixes.Slice(offset, (int)suffix).CopyTo(buffer.AsSpan((int)prefix));
            offset += (int)suffix;
            var code = sink.InternCode(buffer.AsSpan(0, length));
            sink.Store(i, code);
            (previousLength, previousCode) = (length, code);
        }
    }
}
