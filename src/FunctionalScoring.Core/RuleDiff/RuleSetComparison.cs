using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Core.WhatIf;
using LanguageExt;

namespace FunctionalScoring.Core.RuleDiff;

/// <summary>
/// A dataset scored under two rule sets: the rules that differ, and every partner's score under
/// each (who gains or loses qualification, which metric points move). Same as-of month for both.
/// </summary>
public sealed record RuleSetComparison(RuleSet Before, RuleSet After, Seq<RuleChange> Rules, Seq<Comparison> Partners)
{
    public Seq<Comparison> Gained => Partners.Filter(c => c.Gains);

    public Seq<Comparison> Lost => Partners.Filter(c => c.Loses);

    /// <summary>Partners with a metric whose points moved on some path.</summary>
    public Seq<Comparison> Changed => Partners.Filter(c => c.PointsChange);

    /// <summary>Nothing differs: no rule, no score.</summary>
    public bool IsEmpty => Rules.IsEmpty && Partners.ForAll(c => c.Before == c.After);

    /// <summary>
    /// Pairs two runs of the same dataset partner by partner (R24 gives both the same partners). Under a
    /// rule set whose window is longer than one month, "qualified" is qualified in the window (R32).
    /// </summary>
    public static RuleSetComparison Of(RunResult before, RunResult after)
    {
        var old = before.Partners.Map(p => (p.PartnerId, p)).ToMap();
        return new RuleSetComparison(
            before.Rules,
            after.Rules,
            RuleSetDiff.Of(before.Rules, after.Rules),
            after.Partners.Bind(p => old.Find(p.PartnerId)
                .Map(o => Comparison.Of(o, p) with { WindowBefore = before.WindowOf(p.PartnerId), WindowAfter = after.WindowOf(p.PartnerId) })
                .ToSeq()));
    }

    /// <summary>Runs the dataset under both rule sets as of the same month (R2's default when None) and compares.</summary>
    public static Either<RunError, RuleSetComparison> Of(RuleSet before, RuleSet after, RawDataset raw, Option<Month> asOf = default) =>
        from a in Scoring.Run(before, raw, asOf)
        from b in Scoring.Run(after, raw, asOf)
        select Of(a, b);
}
