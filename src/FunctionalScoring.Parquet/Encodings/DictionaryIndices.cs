namespace FunctionalScoring.Parquet.Encodings;

/// <summary>A dictionary-encoded data page's values: a one-byte bit width, then RLE/bit-packed indices.</summary>
internal static class DictionaryIndices
{
    /// <summary>Decodes <c>indices.Length</c> indices; the caller checks each against its dictionary.</summary>
    public static void Decode(ReadOnlySpan<byte> data, Span<int> indices)
    {
        if (indices.IsEmpty)
        {
            return;
        }

        if (data.IsEmpty || data[0] > 32)
        {
            throw new CorruptDataException(data.IsEmpty ? "a dictionary-encoded page holds no indices" : $"dictionary indices of bit width {data[0]}");
        }

        // Bit width 0: every index is 0 (a one-entry dictionary); some writers store no runs at all then.
        if (data[0] == 0)
        {
            indices.Clear();
        }
        else if (!RleHybrid.TryDecode(data[1..], data[0], indices))
        {
            throw new CorruptDataException("the dictionary indices end early or are malformed");
        }
    }

    public static CorruptDataException OutOfRange(int index, int count) =>
        new($"dictionary index {index} for a dictionary of {count} entries");
}
