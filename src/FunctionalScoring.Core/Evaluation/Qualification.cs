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
        Qualifies(parameters, metricPoints.ToArray());

    /// <summary>R21 over the points of a path's metrics.</summary>
    public static bool Qualifies(Parameters parameters, ReadOnlySpan<decimal> metricPoints)
    {
        var total = 0m;
        var everyMetricAtMinimum = true;
        foreach (var points in metricPoints)
        {
            total += points;
            everyMetricAtMinimum &= points >= parameters.MinPointsPerMetric;
        }

        return everyMetricAtMinimum && total >= parameters.QualifyingTotal;
    }

    /// <summary>R20, R21, R23: a path's total, qualification, points to qualify and metrics below the minimum.</summary>
    public static PathScore PathScore(Parameters parameters, PathName path, Seq<MetricScore> metrics)
    {
        var scored = metrics.ToArray();
        var points = new decimal[scored.Length];
        var total = 0m;
        var below = new List<Metric>();
        for (var i = 0; i < scored.Length; i++)
        {
            points[i] = scored[i].Points;
            total += points[i];
            if (points[i] < parameters.MinPointsPerMetric)
            {
                below.Add(scored[i].Metric);
            }
        }

        var qualified = Qualifies(parameters, points);
        var withGaps = new MetricScore[scored.Length];
        for (var i = 0; i < scored.Length; i++)
        {
            withGaps[i] = scored[i] with { ExtraToClose = GapToQualify.ExtraToClose(parameters, points, qualified, i, scored[i]) };
        }

        return new PathScore(path, Prelude.toSeq(withGaps), total, qualified, Math.Max(0m, parameters.QualifyingTotal - total), Prelude.toSeq(below));
    }

    /// <summary>R22: a qualifying path over a non-qualifying one, then the higher total, then the path listed first.</summary>
    public static PathName ReportedPath(Seq<PathScore> pathsInRuleSetOrder) =>
        pathsInRuleSetOrder.Tail.Fold(pathsInRuleSetOrder.Head, (best, next) =>
            (next.Qualified && !best.Qualified) || (next.Qualified == best.Qualified && next.Total > best.Total) ? next : best).Path;
}
