using FsCheck.Xunit;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Planning;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using LanguageExt;
using Xunit.Sdk;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Tests.Planning;

public class PlannerTests
{
    /// <summary>
    /// Optimality: the planner's cost is the least cost of every combination of whole-unit
    /// additions (per-type metrics: to one type) that qualifies the path, found by enumerating all
    /// of them up to each threshold; and when no combination qualifies, there is no plan.
    /// </summary>
    [Property(Arbitrary = [typeof(PlanningGenerators)], MaxTest = 300)]
    public bool The_plan_costs_exactly_the_least_of_every_qualifying_combination(PlanCase c) =>
        (Planner.Plan(c.Parameters, c.Costs, c.Path).Map(p => p.Cost), BruteForce(c)) switch
        {
            ({ IsSome: true } planned, { IsSome: true } least) => planned == least,
            ({ IsNone: true }, { IsNone: true }) => true,
            _ => false,
        };

    /// <summary>The plan's own steps, scored by R9 from scratch, qualify the path at the plan's cost and points.</summary>
    [Property(Arbitrary = [typeof(PlanningGenerators)], MaxTest = 300)]
    public bool The_planned_additions_qualify_the_path_at_the_planned_points_and_cost(PlanCase c) =>
        Planner.Plan(c.Parameters, c.Costs, c.Path).ForAll(plan =>
        {
            var after = c.Path.Metrics.Zip(plan.Steps).Map(x => PointsAfter(x.Item1, x.Item2.Via, x.Item2.Units)).ToSeq();
            return Qualification.Qualifies(c.Parameters, after)
                && after.SequenceEqual(plan.Steps.Map(s => s.PointsAfter))
                && plan.Cost == plan.Steps.Sum(s => s.Units * c.Costs.Of(s.Metric))
                && plan.TotalAfter == after.Sum();
        });

    [Fact]
    public void A_path_one_point_short_takes_the_cheapest_unit_and_of_equal_costs_the_one_earning_most()
    {
        // SMB, 2022: net adds 7 (14), intermediate 2 (10), advanced 1 (15), growth 999 via CSP (14.99), deployments 3 via CPOR (15).
        var path = SmbPath(netAdds: 7, intermediate: 2, advanced: 1, growthCpor: 0, growthCsp: 999, deploymentsCpor: 3, deploymentsCsp: 0);
        Assert.Equal(68.99m, path.Total);

        var plan = Planner.Plan(Parameters.Default, Costs.Default, path).IfNone(() => throw new XunitException("no plan"));

        // 1.01 points: a new tenant (+2) or a CPOR deployment (+5) cost one unit each; the deployment earns more.
        Assert.Equal([(Metric.Deployments, Some(AssociationType.CPOR), 1L)], plan.Additions.Map(s => (s.Metric, s.Via, s.Units)).ToArray());
        Assert.Equal((1m, 73.99m), (plan.Cost, plan.TotalAfter));
    }

    [Fact]
    public void Users_are_bought_when_they_are_cheaper_than_the_other_units()
    {
        var path = SmbPath(netAdds: 7, intermediate: 2, advanced: 1, growthCpor: 0, growthCsp: 999, deploymentsCpor: 3, deploymentsCsp: 0);

        var plan = Planner.Plan(Parameters.Default, new Costs(10m, 10m, 0.01m, 10m), path).IfNone(() => throw new XunitException("no plan"));

        // Growth must reach 16.00: CSP at 1,066 users earns 15.99, at 1,067 16.01 (16.005 rounds up), so 68 users; CPOR would need 267.
        Assert.Equal([(Metric.UsageGrowth, Some(AssociationType.CSP), 68L)], plan.Additions.Map(s => (s.Metric, s.Via, s.Units)).ToArray());
        Assert.Equal((0.68m, 70.01m), (plan.Cost, plan.TotalAfter));
    }

    [Fact]
    public void A_metric_at_zero_gets_its_minimum_even_when_the_total_is_reached()
    {
        var path = SmbPath(netAdds: 10, intermediate: 2, advanced: 1, growthCpor: 500, growthCsp: 0, deploymentsCpor: 0, deploymentsCsp: 0);
        Assert.Equal(75m, path.Total);

        var plan = Planner.Plan(Parameters.Default, Costs.Default, path).IfNone(() => throw new XunitException("no plan"));

        Assert.Equal([(Metric.Deployments, Some(AssociationType.CPOR), 1L)], plan.Additions.Map(s => (s.Metric, s.Via, s.Units)).ToArray());
        Assert.Equal(80m, plan.TotalAfter);
    }

    [Fact]
    public void No_plan_when_the_maxima_cannot_reach_the_total()
    {
        var path = SmbPath(netAdds: 0, intermediate: 0, advanced: 0, growthCpor: 0, growthCsp: 0, deploymentsCpor: 0, deploymentsCsp: 0);

        Assert.True(Planner.Plan(Parameters.Default with { QualifyingTotal = 100.01m }, Costs.Default, path).IsNone);
        Assert.True(Planner.Plan(Parameters.Default with { MinPointsPerMetric = 10.01m }, Costs.Default, path).IsNone);
    }

    [Fact]
    public void A_qualified_partner_has_no_plan_and_the_others_have_one_per_feasible_path()
    {
        var run = Support.Scenario.Empty
            .With(Row.Certification("P1", "A", "MS-700", "2020-01-01"))
            .With(Row.Partner("P2", "Empty"))
            .Run();

        var plans = Planner.PlanAll(PlanningContext.For(BuiltInRuleSets.Default, Costs.Default), run.Partners);

        Assert.Equal(["P1", "P2"], plans.Map(p => p.PartnerId).ToArray());
        Assert.All(plans, p => Assert.Equal([PathName.Enterprise, PathName.SMB], p.Paths.Map(x => x.Path).ToArray()));
        Assert.All(plans, p => Assert.True(p.Paths.ForAll(x => x.TotalAfter >= 70)));
    }

    /// <summary>Every combination of whole-unit additions up to each threshold, the least qualifying cost.</summary>
    private static Option<decimal> BruteForce(PlanCase c)
    {
        var options = c.Path.Metrics.Map(m => Additions(m).Map(a => (Points: PointsAfter(m, a.Via, a.Units), Cost: a.Units * c.Costs.Of(m.Metric))).ToArray()).ToArray();
        var best = Option<decimal>.None;
        foreach (var combination in Product(options))
        {
            if (Qualification.Qualifies(c.Parameters, combination.Map(o => o.Points).ToSeq()))
            {
                var cost = combination.Sum(o => o.Cost);
                best = best.Match(b => Math.Min(b, cost), () => cost);
            }
        }

        return best;
    }

    private static Seq<(Option<AssociationType> Via, long Units)> Additions(MetricScore m) =>
        Seq1<(Option<AssociationType> Via, long Units)>((None, 0L))
        + (m.ByType.IsEmpty
            ? Range(1, (int)Math.Max(0, Math.Ceiling(m.Threshold) - m.Value)).Map(u => (Via: Option<AssociationType>.None, Units: (long)u)).ToSeq()
            : m.ByType.Bind(t => Range(1, (int)Math.Max(0, Math.Ceiling(t.Threshold) - t.Value)).Map(u => (Via: Some(t.Type), Units: (long)u)).ToSeq()));

    /// <summary>R9 and R14 from scratch: the metric's points with <paramref name="units"/> added to one type's value.</summary>
    private static decimal PointsAfter(MetricScore m, Option<AssociationType> via, long units) =>
        m.ByType.IsEmpty
            ? Points.Of(m.Value + units, m.Threshold, m.MaxPoints)
            : m.ByType.Map(t => Points.Of(t.Value + (via == Some(t.Type) ? units : 0), t.Threshold, m.MaxPoints)).Max();

    private static IEnumerable<T[]> Product<T>(T[][] options) =>
        options.Aggregate(
            (IEnumerable<T[]>)[[]],
            (partial, next) => partial.SelectMany(p => next.Select(o => (T[])[.. p, o])));

    /// <summary>An SMB path of the 2022 rule set from per-type values.</summary>
    private static PathScore SmbPath(long netAdds, long intermediate, long advanced, long growthCpor, long growthCsp, long deploymentsCpor, long deploymentsCsp)
    {
        var path = BuiltInRuleSets.Default.Path(PathName.SMB);
        MetricScore Typed(Metric metric, long cpor, long csp) => MetricScores.BestOf(path.Rule(metric), Seq(
            MetricScores.OfType(path.Rule(metric), AssociationType.CPOR, cpor),
            MetricScores.OfType(path.Rule(metric), AssociationType.CSP, csp)));
        return Qualification.PathScore(Parameters.Default, PathName.SMB, Seq(
            MetricScores.Single(path.Rule(Metric.NetCustomerAdds), netAdds),
            MetricScores.Single(path.Rule(Metric.IntermediateCertifications), intermediate),
            MetricScores.Single(path.Rule(Metric.AdvancedCertifications), advanced),
            Typed(Metric.UsageGrowth, growthCpor, growthCsp),
            Typed(Metric.Deployments, deploymentsCpor, deploymentsCsp)));
    }
}
