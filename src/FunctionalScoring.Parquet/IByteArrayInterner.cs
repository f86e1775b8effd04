namespace FunctionalScoring.Parquet;

/// <summary>
/// Turns a text value's bytes into a code, so that decoding allocates nothing per row. The decoder
/// calls it once per value of a plain or delta-encoded chunk, and once per dictionary entry (on the
/// entry's first use) of a dictionary-encoded chunk, so codes come in the order rows first use them.
/// </summary>
public interface IByteArrayInterner
{
    /// <summary>
    /// The code of <paramref name="value"/>: 0 or more for a value the caller accepts (the same bytes
    /// always get the same code), or a negative code that rejects it — the row is then marked
    /// <see cref="ValueState.InvalidText"/> and keeps the code. The span is only valid during the call.
    /// </summary>
    int Intern(ReadOnlySpan<byte> value);
}
