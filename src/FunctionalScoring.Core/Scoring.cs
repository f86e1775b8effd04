using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using LanguageExt;

namespace FunctionalScoring.Core;

/// <summary>
/// The result of a run: every partner's score and the account of every input row; under a rule set
/// whose window is longer than one month, every partner's qualification window too (R32).
/// </summary>
public sealed record RunResult(RuleSet Rules, EvaluationWindow Window, Seq<PartnerScore> Partners, CheckedDataset Checked, Option<QualificationWindows> Windows = default)
{
    public Accounting Accounting => Checked.Accounting;

    public Seq<Rejection> Rejections => Checked.Rejections;

    public Seq<string> Warnings => Checked.Warnings;

    /// <summary>R32: the partner's window status; None under a one-month window.</summary>
    public Option<WindowStatus> WindowOf(string partner) => Windows.Map(w => w.Of(partner));

    /// <summary>
    /// Whether the partner holds the designation: qualified in the window under a rule set with a
    /// window longer than one month (R32), R22's <c>qualified</c> otherwise.
    /// </summary>
    public bool Holds(PartnerScore partner) => WindowOf(partner.PartnerId).Match(w => w.QualifiedInWindow, () => partner.Qualified);
}

/// <summary>One partner's result as of the run's month and, under a window longer than one month, its window status (R32).</summary>
public sealed record PartnerResult(PartnerScore Score, Option<WindowStatus> Window);

/// <summary>The library's front door: raw tables in, scores out. Pure: the same input gives the same result.</summary>
public static class Scoring
{
    /// <summary>Resolves the as-of month (R2), checks every row (R28, R29) and scores every partner (or one shard's).</summary>
    public static Either<RunError, RunResult> Run(RuleSet rules, RawDataset raw, Option<Month> asOf = default, Shard? shard = null) =>
        Check(rules, raw, asOf).Map(checkedDataset => Collect(rules, checkedDataset, checkedDataset.Dataset.PartnerIds.Filter((shard ?? Shard.Whole).Owns).Map(id => ScorePartner(rules, checkedDataset.Dataset, id))));

    /// <summary>
    /// R2, R28, R29: the as-of month and the checked dataset, before any scoring. Under a rule set
    /// whose window W is longer than one month the dataset keeps the cells of the W months ending at
    /// the as-of month (R30, R32), so the window can be evaluated; the month's own result is unchanged.
    /// </summary>
    public static Either<RunError, CheckedDataset> Check(RuleSet rules, RawDataset raw, Option<Month> asOf = default) =>
        AsOfMonth.Resolve(asOf, raw.Usage.Month).Map(month => DatasetChecks.Check(rules, EvaluationMonths.Ending(month, rules.Parameters.QualificationWindowMonths), raw));

    /// <summary>One partner as of the dataset's month, with its window under a rule set whose window is longer than one month.</summary>
    public static PartnerResult ScorePartner(RuleSet rules, Dataset dataset, string partner)
    {
        var score = Scorer.ScorePartner(rules, dataset, partner);
        return new PartnerResult(score, WindowOf(rules, dataset, score));
    }

    /// <summary>R32 for a partner already scored; None under a one-month window (R22 answers then).</summary>
    public static Option<WindowStatus> WindowOf(RuleSet rules, Dataset dataset, PartnerScore score) =>
        rules.Parameters.QualificationWindowMonths > 1 ? WindowStatus.Of(rules, dataset, score) : Prelude.None;

    /// <summary>
    /// R32 for one partner of raw tables (a partner's slice will do) as of a month (R2's default when
    /// None); None under a one-month window, without checking anything.
    /// </summary>
    public static Either<RunError, Option<WindowStatus>> WindowOf(RuleSet rules, RawDataset raw, string partner, Option<Month> asOf = default) =>
        rules.Parameters.QualificationWindowMonths > 1
            ? Check(rules, raw, asOf).Map(c => WindowOf(rules, c.Dataset, Scorer.ScorePartner(rules, c.Dataset, partner)))
            : Prelude.Right<RunError, Option<WindowStatus>>(Prelude.None);

    /// <summary>
    /// A run from partners scored by the caller (the shell spreads <see cref="ScorePartner"/> over
    /// cores), in the order given.
    /// </summary>
    public static RunResult Collect(RuleSet rules, CheckedDataset checkedDataset, Seq<PartnerResult> partners) =>
        new(rules, checkedDataset.Dataset.Window, partners.Map(p => p.Score).Strict(), checkedDataset,
            QualificationWindows.Of(rules, partners.Bind(p => p.Window.Map(w => (p.Score.PartnerId, w)).ToSeq()).Strict()));
}
