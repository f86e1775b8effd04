using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using LanguageExt;

namespace FunctionalScoring.Core.Planning;

/// <summary>One way to raise one metric: so many units through a type (for per-type metrics), what it costs and the points gained, in hundredths.</summary>
public readonly record struct MetricOption(int Gain, decimal Cost, Option<AssociationType> Via, long Units);

/// <summary>
/// The useful additions to one metric: every distinct points level above today's, reached with the
/// fewest units through the cheapest type, and only the Pareto front of them (more points always
/// cost strictly more). Levels are the breakpoints of R9, so the front is exact, not sampled.
/// </summary>
public static class MetricOptions
{
    /// <param name="metric">the metric as scored today</param>
    /// <param name="unitCost">what one unit of it costs</param>
    /// <param name="minCents">R21's per-metric minimum, in hundredths: options below it are not offered</param>
    /// <param name="usefulGain">gains beyond this are worth no more (the path's total gap, or the distance to the minimum)</param>
    /// <param name="tables">the breakpoints of the metric's thresholds</param>
    public static MetricOption[] Of(MetricScore metric, decimal unitCost, int minCents, int usefulGain, BreakpointTables tables)
    {
        var current = Cents(metric.Points);
        var candidates = new List<MetricOption> { new(0, 0m, Prelude.None, 0) };
        var types = metric.ByType.IsEmpty
            ? Prelude.Seq1((Via: Option<AssociationType>.None, metric.Value, metric.Threshold))
            : metric.ByType.Map(t => (Via: Prelude.Some(t.Type), t.Value, t.Threshold));
        foreach (var (via, value, threshold) in types)
        {
            var table = tables.Get(threshold, metric.MaxPoints);
            var cents = current + 1;
            while (cents <= table.MaxCents && cents - current <= usefulGain)
            {
                // The fewest units reaching this level; the level they really reach is the last one sharing its smallest value.
                var smallest = table.SmallestValue(cents);
                while (cents < table.MaxCents && table.SmallestValue(cents + 1) == smallest)
                {
                    cents++;
                }

                var units = smallest - value;
                candidates.Add(new MetricOption(cents - current, unitCost * units, via, units));
                cents++;
            }
        }

        return Front(candidates.Where(o => current + o.Gain >= minCents));
    }

    /// <summary>The options no other option beats on both points and cost, by ascending gain (and strictly ascending cost).</summary>
    public static MetricOption[] Front(IEnumerable<MetricOption> options)
    {
        var front = new List<MetricOption>();
        var cheapest = decimal.MaxValue;
        foreach (var option in options.OrderByDescending(o => o.Gain).ThenBy(o => o.Cost))
        {
            if (option.Cost < cheapest)
            {
                front.Add(option);
                cheapest = option.Cost;
            }
        }

        front.Reverse();
        return [.. front];
    }

    /// <summary>R9 points are rounded to hundredths, so they are whole hundredths.</summary>
    public static int Cents(decimal points) => (int)(points * 100);
}
