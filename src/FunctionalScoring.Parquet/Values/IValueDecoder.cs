namespace FunctionalScoring.Parquet.Values;

/// <summary>
/// Decodes the values of one physical type into one target type, page by page. The page walker
/// hands it the dictionary page (at most one per chunk) and each data page's values, densely: one
/// per non-null row, nulls are spread in afterwards.
/// </summary>
internal interface IValueDecoder<T>
{
    /// <summary>Takes the dictionary page's PLAIN values; <paramref name="plain"/> is only valid during the call.</summary>
    void ReadDictionary(int encoding, ReadOnlySpan<byte> plain, int count);

    /// <summary>Decodes <c>values.Length</c> values in <paramref name="encoding"/>; returns how many were rejected.</summary>
    int ReadValues(int encoding, ReadOnlySpan<byte> data, Span<T> values, Span<ValueState> states);
}
