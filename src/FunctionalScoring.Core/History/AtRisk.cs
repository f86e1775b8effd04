using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Planning;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.History;

/// <summary>
/// A partner that holds the designation only through the window (R32): it last qualified in the
/// window's oldest month, so it loses the designation next month unless it qualifies again. Its score
/// now and the planner's cheapest additions that would make it qualify now.
/// </summary>
public sealed record AtRiskPartner(PartnerScore Score, Month LastQualified, PartnerPlan Plan)
{
    public string PartnerId => Score.PartnerId;
}

/// <summary>Who is at risk of losing the designation next month, and what would keep it.</summary>
public static class AtRisk
{
    /// <summary>
    /// The partner of <paramref name="history"/> (its months up to the dataset's as-of month) when it is
    /// at risk as of that month, with the cheapest plan to qualify then (R21, <see cref="Planner"/>).
    /// The dataset is the checked dataset as of that month; None under a one-month window.
    /// </summary>
    public static Option<AtRiskPartner> Of(RuleSet rules, PlanningContext planning, Dataset dataset, string partner, Seq<PartnerMonth> history)
    {
        var asOf = dataset.Window.AsOf;
        var months = rules.Parameters.QualificationWindowMonths;
        var status = WindowStatus.Of(history, asOf, months);
        return status.AtRisk(asOf, months)
            ? status.LastQualified.Map(last =>
            {
                var score = Scorer.ScorePartner(rules, dataset, partner);
                return new AtRiskPartner(score, last, Planner.PlanPartner(planning, score));
            })
            : Prelude.None;
    }
}
