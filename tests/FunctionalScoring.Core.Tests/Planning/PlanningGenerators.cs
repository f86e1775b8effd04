using FsCheck;
using FsCheck.Fluent;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Planning;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using LanguageExt;

namespace FunctionalScoring.Core.Tests.Planning;

/// <summary>A small path (small thresholds and maxima) whose every addition can be enumerated, with R21's parameters and unit costs.</summary>
public sealed record PlanCase(Parameters Parameters, Costs Costs, PathScore Path)
{
    public override string ToString() =>
        $"total ≥ {Parameters.QualifyingTotal}, each ≥ {Parameters.MinPointsPerMetric}; costs {Costs}; "
        + string.Join(" | ", Path.Metrics.Map(m => $"{m.Metric} max {m.MaxPoints}: " + (m.ByType.IsEmpty
            ? $"{m.Value}/{m.Threshold}"
            : string.Join(", ", m.ByType.Map(t => $"{t.Type} {t.Value}/{t.Threshold}")))));
}

/// <summary>Generators for the planner's properties.</summary>
public static class PlanningGenerators
{
    private static readonly AssociationType[] Types = [AssociationType.CPOR, AssociationType.DPOR];

    public static Arbitrary<PlanCase> PlanCases() =>
        (from metrics in Gen.CollectToArray(Metrics.All, MetricGen)
         let maxTotal = (int)metrics.Sum(m => m.MaxPoints)
         from total in Gen.Frequency((5, Gen.Choose(1, maxTotal)), (1, Gen.Choose(maxTotal, maxTotal + 1)))
         from minimum in Gen.Elements(0m, 0.5m, 1m, 1m)
         from costs in Gen.ArrayOf(Gen.Elements(0m, 0.5m, 1m, 1m, 2m, 3m), 4)
         let parameters = Parameters.Default with { QualifyingTotal = total, MinPointsPerMetric = minimum }
         select new PlanCase(parameters, new Costs(costs[0], costs[1], costs[2], costs[3]), Qualification.PathScore(parameters, PathName.SMB, metrics.ToSeq())))
        .ToArbitrary();

    /// <summary>Maxima of 1–4 points (some fractional), thresholds of 1–4, values from −2 to beyond the threshold.</summary>
    private static Gen<MetricScore> MetricGen(Metric metric) =>
        from maxPoints in Gen.Elements(1m, 2m, 2.5m, 3m, 4m)
        from thresholds in Gen.ArrayOf(Gen.Choose(1, 4), 2)
        from values in Gen.ArrayOf(Gen.Choose(-2, 5), 2)
        select metric.IsPerAssociationType()
            ? MetricScores.BestOf(
                new MetricRule(metric, maxPoints, Prelude.toMap(Types.Zip(thresholds, (t, v) => (t, (decimal)v))), 0m),
                Types.Select((t, i) => MetricScores.OfType(new MetricRule(metric, maxPoints, Prelude.toMap(Types.Zip(thresholds, (t, v) => (t, (decimal)v))), 0m), t, values[i])).ToSeq())
            : MetricScores.Single(new MetricRule(metric, maxPoints, Map<AssociationType, decimal>.Empty, thresholds[0]), values[0]);
}
