namespace FunctionalScoring.Core.Time;

/// <summary>R2: the as-of month M, the baseline B = M − 12 and the window (B, M].</summary>
public sealed record EvaluationWindow(Month AsOf)
{
    /// <summary>Months from B to M inclusive: the only months whose usage can change a score (R29).</summary>
    public const int MonthCount = 13;

    public Month Baseline => AsOf.AddMonths(-12);

    /// <summary>R29: the row's month lies in [B, M].</summary>
    public bool Covers(Month month) => month >= Baseline && month <= AsOf;

    /// <summary>Offset of a month inside [B, M]: 0 for B, 12 for M.</summary>
    public int OffsetOf(Month month) => month.Index - Baseline.Index;

    /// <summary>R3: in force on the last day of <paramref name="month"/>.</summary>
    public static bool InForce(DateOnly from, LanguageExt.Option<DateOnly> until, Month month)
    {
        // Read for every association and certification of every partner: no Match lambda, no closure.
        var lastDay = month.LastDay;
        return from <= lastDay && (until.Case is not DateOnly end || end > lastDay);
    }
}
