namespace FunctionalScoring.Parquet;

/// <summary>
/// What a column's stored values stand for, as far as converting them goes: read from the schema
/// element's logical type, else its legacy converted type, else the physical type alone.
/// </summary>
public abstract record ValueMeaning
{
    private ValueMeaning()
    {
    }

    /// <summary>An integer of <paramref name="Bits"/> bits (INT32/INT64, INT(n, signed), INT_n, UINT_n).</summary>
    public sealed record Integer(int Bits, bool Signed) : ValueMeaning;

    /// <summary>DATE: days since 1970-01-01 in an INT32.</summary>
    public sealed record Date : ValueMeaning;

    /// <summary>
    /// TIMESTAMP in <paramref name="Unit"/> since 1970-01-01 in an INT64 (UTC-adjusted or not: the
    /// date read is the stored one), or an INT96 (always <see cref="TimeUnit.Nanos"/>).
    /// </summary>
    public sealed record Timestamp(TimeUnit Unit) : ValueMeaning;

    /// <summary>Text: STRING/UTF8, ENUM, JSON or an unannotated byte array.</summary>
    public sealed record Text : ValueMeaning;

    /// <summary>Anything else (decimal, time, float, UUID, …): named here, refused as unsupported.</summary>
    public sealed record Other(string Description) : ValueMeaning;
}

/// <summary>The unit of a TIMESTAMP.</summary>
public enum TimeUnit
{
    /// <summary>Milliseconds.</summary>
    Millis,

    /// <summary>Microseconds.</summary>
    Micros,

    /// <summary>Nanoseconds.</summary>
    Nanos,
}
