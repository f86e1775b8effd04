using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.History;

/// <summary>R32: whether a partner holds the designation through the qualification window as of a month, and since when.</summary>
public sealed record WindowStatus(bool QualifiedInWindow, Option<Month> LastQualified)
{
    /// <summary>
    /// R32: qualified in the window as of <paramref name="asOf"/> when some path qualified (R21) in a
    /// month of [asOf − W + 1, asOf]; the last qualified month is the latest such month.
    /// </summary>
    public static WindowStatus Of(Seq<PartnerMonth> history, Month asOf, int windowMonths)
    {
        var first = asOf.AddMonths(1 - windowMonths);
        var last = history.Filter(m => m.AsOf >= first && m.AsOf <= asOf && m.Qualified).Map(m => m.AsOf).OrderBy(m => m).LastOrNone();
        return new WindowStatus(last.IsSome, last);
    }

    /// <summary>
    /// Holds the designation only through the window: qualified in it, but its last qualified month is the
    /// window's oldest — next month it falls out unless the partner qualifies again (issue: at risk).
    /// </summary>
    public bool AtRisk(Month asOf, int windowMonths) =>
        windowMonths > 1 && LastQualified.Exists(m => m == asOf.AddMonths(1 - windowMonths));
}
