using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.History;

/// <summary>
/// R30: a partner's results month by month. Each month is the complete evaluation as of that month
/// (R1–R24, its own baseline m − 12) over the same checked facts, so it equals a run with
/// <c>--as-of m</c> point for point; only the dataset's window moves.
/// </summary>
public static class ScoreHistory
{
    /// <summary>The partner's result as of every month of <paramref name="months"/>, oldest first.</summary>
    public static Seq<PartnerMonth> Of(RuleSet rules, Dataset dataset, EvaluationMonths months, string partner) =>
        months.Months.Map(m => PartnerMonth.Of(m, Scorer.ScorePartner(rules, AsOf(dataset, m), partner))).Strict();

    /// <summary>The same checked facts seen as of another month: the usage cells of every evaluated month are kept (R30).</summary>
    public static Dataset AsOf(Dataset dataset, Month month) => dataset with { Window = new EvaluationWindow(month) };
}
