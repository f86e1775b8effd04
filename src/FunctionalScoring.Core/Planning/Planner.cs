using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using LanguageExt;

namespace FunctionalScoring.Core.Planning;

/// <summary>Everything a plan depends on besides the scores: R21's parameters, the unit costs and the rule set's breakpoints.</summary>
public sealed record PlanningContext(Parameters Parameters, Costs Costs, BreakpointTables Tables)
{
    public static PlanningContext For(RuleSet rules, Costs costs) => new(rules.Parameters, costs, BreakpointTables.For(rules));
}

/// <summary>
/// Path to qualify: the cheapest whole-unit additions to the five metrics that reach R21 (total
/// ≥ the qualifying total and every metric ≥ the per-metric minimum), each metric's points being R9
/// of its value plus the units added (per-type metrics: to one chosen type), other metrics unchanged.
/// Exact: every metric offers its Pareto front of breakpoint levels (<see cref="MetricOptions"/>);
/// the smaller fronts are combined by a knapsack over points in hundredths capped at the gap,
/// and the largest front (usually usage growth) is searched for the cheapest level closing what remains.
/// </summary>
public static class Planner
{
    /// <summary>The plans of every partner that does not qualify (R22), in the given order.</summary>
    public static Seq<PartnerPlan> PlanAll(PlanningContext context, Seq<PartnerScore> partners) =>
        partners.Filter(p => !p.Qualified).Map(p => PlanPartner(context, p));

    public static PartnerPlan PlanPartner(PlanningContext context, PartnerScore partner)
    {
        var plans = partner.Paths.Map(path => (path.Path, Plan: Plan(context, path)));
        return new PartnerPlan(partner.PartnerId, partner.PartnerName, plans.Bind(p => p.Plan.ToSeq()), plans.Filter(p => p.Plan.IsNone).Map(p => p.Path));
    }

    /// <summary>One path's cheapest plan, built with the path's own breakpoints; None when no additions can qualify it.</summary>
    public static Option<PathPlan> Plan(Parameters parameters, Costs costs, PathScore path) =>
        Plan(new PlanningContext(parameters, costs, BreakpointTables.For(path)), path);

    /// <summary>One path's cheapest plan; None when no additions can qualify it (a maximum below the minimum, or maxima summing below the total).</summary>
    public static Option<PathPlan> Plan(PlanningContext context, PathScore path)
    {
        var metrics = path.Metrics.ToArray();
        var current = metrics.Select(m => MetricOptions.Cents(m.Points)).ToArray();
        var minCents = (int)Math.Ceiling(context.Parameters.MinPointsPerMetric * 100);
        var gap = Math.Max(0, (int)Math.Ceiling(context.Parameters.QualifyingTotal * 100) - current.Sum());
        var fronts = metrics.Select((m, i) => MetricOptions.Of(m, context.Costs.Of(m.Metric), minCents, Math.Max(gap, minCents - current[i]), context.Tables)).ToArray();
        if (fronts.Any(f => f.Length == 0))
        {
            return Prelude.None;
        }

        return Knapsack.Cheapest(fronts, gap).Map(picks =>
        {
            var steps = metrics.Select((m, i) => Step(m, fronts[i][picks[i]])).ToSeq();
            return new PathPlan(path.Path, steps, steps.Sum(s => s.Cost), path.Total, steps.Sum(s => s.PointsAfter));
        });
    }

    private static PlanStep Step(MetricScore metric, MetricOption option) =>
        new(metric.Metric, option.Units > 0 ? option.Via : Prelude.None, option.Units, option.Cost, metric.Points, metric.Points + option.Gain / 100m);
}
