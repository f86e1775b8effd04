namespace FunctionalScoring.Parquet.Values;

/// <summary>Where text values land: a code per value from the interner, and the row's state.</summary>
internal ref struct TextSink(IByteArrayInterner interner, Span<int> values, Span<ValueState> states)
{
    private readonly Span<int> values = values;
    private readonly Span<ValueState> states = states;
    private ReadOnlySpan<byte> previous;
    private int previousCode = int.MinValue;

    public readonly int Count => values.Length;

    public int Rejected { get; private set; }

    public void Intern(int index, ReadOnlySpan<byte> value) => Store(index, interner.Intern(value));

    /// <summary>
    /// Interns a value whose bytes stay where they are for the whole page; a run of the same value
    /// (sorted or clustered data) costs a comparison with the previous one instead of a lookup.
    /// </summary>
    public void InternInPlace(int index, ReadOnlySpan<byte> value)
    {
        if (previousCode == int.MinValue || !value.SequenceEqual(previous))
        {
            previousCode = interner.Intern(value);
            previous = value;
        }

        Store(index, previousCode);
    }

    public readonly int InternCode(ReadOnlySpan<byte> value) => interner.Intern(value);

    public void Store(int index, int code)
    {
        values[index] = code;
        if (code >= 0)
        {
            states[index] = ValueState.Present;
        }
        else
        {
            states[index] = ValueState.InvalidText;
            Rejected++;
        }
    }
}
