using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Evaluation;
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
    /// <summary>Resolves the as-of month (R2), checks every row (R28, R29) and scores every partner.</summary>
    public static Either<RunError, RunResult> Run(RuleSet rules, RawDataset raw, Option<Month> asOf = default) =>
        AsOfMonth.Resolve(asOf, raw.Usage.Month).Map(month =>
        {
            var window = new EvaluationWindow(month);
            var checkedDataset = DatasetChecks.Check(rules, window, raw);
            return new RunResult(rules, window, Scorer.Evaluate(rules, checkedDataset.Dataset), checkedDataset);
        });
}
