using System.Numerics;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>Turns one decoded Parquet value into the column's stored value; static so the JIT inlines it per type.</summary>
internal interface IRawConverter<TRaw, TOut>
{
    static abstract TOut Convert(TRaw raw);

    static abstract Span<TOut> Target(BatchColumn column);
}

internal readonly struct DayOfDate : IRawConverter<DateOnly, int>
{
    public static int Convert(DateOnly raw) => raw.DayNumber;

    public static Span<int> Target(BatchColumn column) => column.Int32Target;
}

/// <summary>A timestamp's UTC date: the library does not shift instants, so the stored date is the UTC one.</summary>
internal readonly struct DayOfTimestamp : IRawConverter<DateTime, int>
{
    public static int Convert(DateTime raw) => (int)(raw.Ticks / TimeSpan.TicksPerDay);

    public static Span<int> Target(BatchColumn column) => column.Int32Target;
}

internal readonly struct Widen<T> : IRawConverter<T, long>
    where T : IBinaryInteger<T>
{
    public static long Convert(T raw) => long.CreateTruncating(raw);

    public static Span<long> Target(BatchColumn column) => column.Int64Target;
}
