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
        var points = metrics.Map(m => m.Points).ToArray();
        return ExtraToClose(parameters, points, Qualification.Qualifies(parameters, points), metrics.ToList().FindIndex(m => m.Metric == metric.Metric), metric);
    }

    /// <summary>
    /// <see cref="ExtraToClose(Parameters, Seq{MetricScore}, MetricScore)"/> for the metric at
    /// <paramref name="index"/> of a path whose metric points and R21 verdict are already known.
    /// </summary>
    internal static Option<long> ExtraToClose(Parameters parameters, ReadOnlySpan<decimal> points, bool qualified, int index, MetricScore metric)
    {
        if (qualified)
        {
            return 0L;
        }

        var others = 0m;
        for (var i = 0; i < points.Length; i++)
        {
            if (i == index)
            {
                continue;
            }

            if (points[i] < parameters.MinPointsPerMetric)
            {
                return Prelude.None;
            }

            others += points[i];
        }

        var needed = Math.Max(parameters.MinPointsPerMetric, parameters.QualifyingTotal - others);
        if (needed > metric.MaxPoints)
        {
            return Prelude.None;
        }

        if (metric.ByType.IsEmpty)
        {
            return Math.Max(0L, SmallestValueEarning(needed, metric.Threshold, metric.MaxPoints) - metric.Value);
        }

        var smallest = long.MaxValue;
        foreach (var type in metric.ByType)
        {
            smallest = Math.Min(smallest, Math.Max(0L, SmallestValueEarning(needed, type.Threshold, metric.MaxPoints) - type.Value));
        }

        return smallest;
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
