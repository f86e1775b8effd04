namespace FunctionalScoring.Parquet.Values;

/// <summary>
/// Turns one stored integer (INT32 sign-extended, INT64, or an INT96's day) into the target's value.
/// Implemented by structs so the JIT specialises and inlines the per-value loop for each.
/// </summary>
internal interface IRawConverter<TOut>
{
    ValueState Convert(long raw, out TOut value);
}

/// <summary>
/// INT(bits, signed) from its stored integer: narrowed to the declared width as Arrow and Parquet.Net
/// read it; an unsigned 64-bit value above <see cref="long.MaxValue"/> is out of range.
/// </summary>
internal readonly struct IntegerOf(int bits, bool signed) : IRawConverter<long>
{
    private readonly int shift = 64 - bits;

    public ValueState Convert(long raw, out long value)
    {
        var shifted = raw << shift;
        value = signed ? shifted >> shift : unchecked((long)((ulong)shifted >> shift));
        if (!signed && value < 0)
        {
            value = 0;
            return ValueState.OutOfRange;
        }

        return ValueState.Present;
    }
}

/// <summary>A day count since 1970-01-01 (DATE, or an INT96 already turned into its day).</summary>
internal readonly struct DayOfDate : IRawConverter<int>
{
    public ValueState Convert(long raw, out int value) => DayNumber.Of(raw, out value);
}

/// <summary>A TIMESTAMP's date: its count of <typeparamref name="TUnit"/> since 1970-01-01, floored to whole days.</summary>
internal readonly struct DayOfTimestamp<TUnit> : IRawConverter<int>
    where TUnit : struct, ITimeUnit
{
    public ValueState Convert(long raw, out int value) => DayNumber.Of(Days.FloorDiv(raw, TUnit.PerDay), out value);
}

/// <summary>A timestamp unit as a type, so each unit's division is by a constant the JIT can turn into a multiplication.</summary>
internal interface ITimeUnit
{
    static abstract long PerDay { get; }
}

internal readonly struct Millis : ITimeUnit
{
    public static long PerDay => Days.MillisPerDay;
}

internal readonly struct Micros : ITimeUnit
{
    public static long PerDay => Days.MicrosPerDay;
}

internal readonly struct Nanos : ITimeUnit
{
    public static long PerDay => Days.NanosPerDay;
}

internal static class DayNumber
{
    /// <summary>
    /// <see cref="DateOnly.DayNumber"/> of a day since 1970-01-01, or out of range outside 0001-01-01 to
    /// 9999-12-31: a date the target cannot hold is the row's problem, not the file's.
    /// </summary>
    public static ValueState Of(long unixDay, out int value)
    {
        var day = unixDay + Days.UnixEpochDayNumber;
        if (day is < 0 or > Days.MaxDayNumber)
        {
            value = 0;
            return ValueState.OutOfRange;
        }

        value = (int)day;
        return ValueState.Present;
    }
}
