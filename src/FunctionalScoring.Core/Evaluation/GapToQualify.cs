using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using LanguageExt;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>R23: how much one metric alone would have to grow for its path to qualify.</summary>
public static class GapToQualify
{
    /// <summary>
    /// The smallest whole Δ that, added to this metric's value (for per-type metrics, to one type's
    /// value, the smallest over types), makes the path qualify with every other metric unchanged.
    /// 0 for a qualifying path; None when no Δ can do it.
    /// </summary>
    public static Option<long> ExtraToClose(Parameters parameters, Seq<MetricScore> metrics, MetricScore metric)
    {
        if (Qualification.Qualifies(parameters, metrics.Map(m => m.Points)))
        {
            return 0L;
        }

        var others = metrics.Filter(m => m.Metric != metric.Metric);
        if (others.Exists(m => m.Points < parameters.MinPointsPerMetric))
        {
            return Prelude.None;
        }

        var needed = Math.Max(parameters.MinPointsPerMetric, parameters.QualifyingTotal - others.Sum(m => m.Points));
        if (needed > metric.MaxPoints)
        {
            return Prelude.None;
        }

        var candidates = metric.ByType.IsEmpty
            ? Prelude.Seq1((metric.Value, metric.Threshold))
            : metric.ByType.Map(t => (t.Value, t.Threshold));
        return candidates.Map(c => Math.Max(0L, SmallestValueEarning(needed, c.Threshold, metric.MaxPoints) - c.Value)).Min();
    }

    /// <summary>The smallest whole value whose R9 points reach <paramref name="points"/> (≤ max).</summary>
    public static long SmallestValueEarning(decimal points, decimal threshold, decimal maxPoints)
    {
        // Rounding half away from zero reaches p from p − 0.005 on; start there and step to the exact edge.
        var value = (long)Math.Ceiling((points - 0.005m) * threshold / maxPoints);
        while (value > 0 && Points.Of(value - 1, threshold, maxPoints) >= points)
        {
            value--;
        }

        while (Points.Of(value, threshold, maxPoints) < points)
        {
            value++;
        }

        return value;
    }
}
