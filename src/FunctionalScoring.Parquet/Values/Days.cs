namespace FunctionalScoring.Parquet.Values;

/// <summary>Day arithmetic: counts since 1970-01-01 to <see cref="DateOnly.DayNumber"/>, floor division for instants before 1970.</summary>
internal static class Days
{
    public const long MillisPerDay = 86_400_000L, MicrosPerDay = 86_400_000_000L, NanosPerDay = 86_400_000_000_000L;

    /// <summary><see cref="DateOnly.DayNumber"/> of 1970-01-01.</summary>
    public const long UnixEpochDayNumber = 719_162;

    /// <summary><see cref="DateOnly.DayNumber"/> of 9999-12-31, the last day a <see cref="DateOnly"/> holds.</summary>
    public const long MaxDayNumber = 3_652_058;

    /// <summary>The quotient rounded towards negative infinity: 1969-12-31T23:59 is day -1, not day 0.</summary>
    public static long FloorDiv(long value, long divisor)
    {
        var quotient = Math.DivRem(value, divisor, out var remainder);
        return remainder < 0 ? quotient - 1 : quotient;
    }
}
