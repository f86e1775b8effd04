using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using LanguageExt;

namespace FunctionalScoring.Core;

/// <summary>The result of a run: every partner's score and the account of every input row.</summary>
public sealed record RunResult(RuleSet Rules, EvaluationWindow Window, Seq<PartnerScore> Partners, CheckedDataset Checked)
{
    public Accounting Accounting => Checked.Accounting;

    public Seq<Rejection> Rejections => Checked.Rejections;

    public Seq<string> Warnings => Checked.Warnings;
}

/// <summary>The library's front door: raw tables in, scores out. Pure: the same input gives the same result.</summary>
public static class Scoring
{
    /// <summary>Resolves the as-of month (R2), checks every row (R28, R29) and scores every partner (or one shard's).</summary>
    public static Either<RunError, RunResult> Run(RuleSet rules, RawDataset raw, Option<Month> asOf = default, Shard? shard = null) =>
        Check(rules, raw, asOf).Map(checkedDataset => Score(rules, checkedDataset, shard ?? Shard.Whole, ids => ids.Map(id => Scorer.ScorePartner(rules, checkedDataset.Dataset, id))));

    /// <summary>R2, R28, R29: the as-of month and the checked dataset, before any scoring.</summary>
    public static Either<RunError, CheckedDataset> Check(RuleSet rules, RawDataset raw, Option<Month> asOf = default) =>
        AsOfMonth.Resolve(asOf, raw.Usage.Month).Map(month => DatasetChecks.Check(rules, new EvaluationWindow(month), raw));

    /// <summary>
    /// Scores the partners of a shard with a caller-chosen map over partner ids, so the shell can
    /// spread the pure per-partner function over cores; the map must keep the order it is given.
    /// </summary>
    public static RunResult Score(RuleSet rules, CheckedDataset checkedDataset, Shard shard, Func<Seq<string>, Seq<PartnerScore>> scoreAll) =>
        new(rules, checkedDataset.Dataset.Window, scoreAll(checkedDataset.Dataset.PartnerIds.Filter(shard.Owns)), checkedDataset);
}
