using LanguageExt;

namespace FunctionalScoring.Core.Time;

/// <summary>
/// R30: the as-of months a run evaluates, [<see cref="First"/>, <see cref="Last"/>] — one month for
/// <c>score</c>, N for a history, W for the qualification window (R32). Each month has its own
/// window (R2); R29 lets through the union of them, [First − 12, Last].
/// </summary>
public sealed record EvaluationMonths
{
    public EvaluationMonths(Month first, Month last)
    {
        if (last < first)
        {
            throw new ArgumentException($"the last as-of month {last} lies before the first {first}");
        }

        (First, Last) = (first, last);
    }

    public Month First { get; }

    public Month Last { get; }

    /// <summary>One as-of month: what <c>score</c> evaluates.</summary>
    public static EvaluationMonths Single(Month asOf) => new(asOf, asOf);

    /// <summary>The <paramref name="count"/> months ending at <paramref name="last"/> (R30).</summary>
    public static EvaluationMonths Ending(Month last, int count) => new(last.AddMonths(1 - count), last);

    public int Count => Last.Index - First.Index + 1;

    /// <summary>The as-of months, oldest first.</summary>
    public Seq<Month> Months => Prelude.toSeq(Enumerable.Range(First.Index, Count).Select(i => new Month(i))).Strict();

    public Seq<EvaluationWindow> Windows => Months.Map(m => new EvaluationWindow(m)).Strict();

    /// <summary>The oldest month any of the windows reads: the first month's baseline.</summary>
    public Month Earliest => First.AddMonths(-12);

    /// <summary>R29, R30: a usage row of this month can change some month's score.</summary>
    public bool Covers(Month month) => month >= Earliest && month <= Last;

    /// <summary>R29: a row group whose days lie in [<paramref name="minDay"/>, <paramref name="maxDay"/>] can hold a row of some window.</summary>
    public bool MayHoldRows(int minDay, int maxDay) =>
        maxDay >= Earliest.FirstDay.DayNumber && minDay <= Last.LastDay.DayNumber;
}
