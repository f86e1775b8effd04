using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using LanguageExt;
using static LanguageExt.Prelude;

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
    /// R32 for one partner of a dataset that holds the cells of every month of the window (R30), given
    /// its score as of the dataset's month: the months are scored newest first and only until one
    /// qualifies, since the latest qualified month is the one reported — a partner that qualifies now
    /// costs nothing more. Equal to <see cref="Of(Seq{PartnerMonth}, Month, int)"/> over the full history.
    /// </summary>
    public static WindowStatus Of(RuleSet rules, Dataset dataset, PartnerScore atAsOf)
    {
        var asOf = dataset.Window.AsOf;
        var qualified = Enumerable.Range(0, rules.Parameters.QualificationWindowMonths)
            .Select(back => asOf.AddMonths(-back))
            .Where(m => m == asOf ? atAsOf.Qualified : Scorer.ScorePartner(rules, ScoreHistory.AsOf(dataset, m), atAsOf.PartnerId).Qualified)
            .Select(m => Some(m))
            .FirstOrDefault(None);
        return new WindowStatus(qualified.IsSome, qualified);
    }

    /// <summary>
    /// Holds the designation only through the window: qualified in it, but its last qualified month is the
    /// window's oldest — next month it falls out unless the partner qualifies again (issue: at risk).
    /// </summary>
    public bool AtRisk(Month asOf, int windowMonths) =>
        windowMonths > 1 && LastQualified.Exists(m => m == asOf.AddMonths(1 - windowMonths));

    /// <summary>R32: the last as-of month the partner is qualified in the window without qualifying again.</summary>
    public Option<Month> HeldThrough(int windowMonths) => LastQualified.Map(m => m.AddMonths(windowMonths - 1));
}
