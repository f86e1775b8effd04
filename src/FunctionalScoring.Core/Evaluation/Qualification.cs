using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using LanguageExt;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>R20–R22: totals, qualification per path and the reported path.</summary>
public static class Qualification
{
    /// <summary>R21: total ≥ the qualifying total and every metric at least the per-metric minimum.</summary>
    public static bool Qualifies(Parameters parameters, Seq<decimal> metricPoints) =>
        metricPoints.Sum() >= parameters.QualifyingTotal && metricPoints.ForAll(p => p >= parameters.MinPointsPerMetric);

    /// <summary>R20, R21, R23: a path's total, qualification, points to qualify and metrics below the minimum.</summary>
    public static PathScore PathScore(Parameters parameters, PathName path, Seq<MetricScore> metrics)
    {
        var total = metrics.Sum(m => m.Points);
        var qualified = Qualifies(parameters, metrics.Map(m => m.Points));
        // Strict: a lazy Seq would hold on to its inputs through its closure, long after the caller dropped them.
        var below = metrics.Filter(m => m.Points < parameters.MinPointsPerMetric).Map(m => m.Metric).Strict();
        var withGaps = metrics.Map(m => m with { ExtraToClose = GapToQualify.ExtraToClose(parameters, metrics, m) }).Strict();
        return new PathScore(path, withGaps, total, qualified, Math.Max(0m, parameters.QualifyingTotal - total), below);
    }

    /// <summary>R22: a qualifying path over a non-qualifying one, then the higher total, then the path listed first.</summary>
    public static PathName ReportedPath(Seq<PathScore> pathsInRuleSetOrder) =>
        pathsInRuleSetOrder.Tail.Fold(pathsInRuleSetOrder.Head, (best, next) =>
            (next.Qualified && !best.Qualified) || (next.Qualified == best.Qualified && next.Total > best.Total) ? next : best).Path;
}
