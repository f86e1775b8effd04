using FsCheck.Xunit;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Planning;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Tests.WhatIf;
using FunctionalScoring.Core.WhatIf;
using Xunit.Sdk;
using Facts = FunctionalScoring.Core.Tests.Support.Scenario;

namespace FunctionalScoring.Core.Tests.Planning;

public class PlanScenarioTests
{
    /// <summary>P1: one Enterprise customer since long ago (100 → 300 users), one person with MS-700; far from 70 on both paths.</summary>
    private static readonly Facts Base = Facts.Empty
        .With(Row.Association("P1", "T1", "Teams", "CPOR", TestWindow.LongAgo))
        .With(Row.Usage("T1", "Teams", TestWindow.BDay, 400, 100), Row.Usage("T1", "Teams", TestWindow.MDay, 400, 300))
        .With(Row.Certification("P1", "A", "MS-700", "2020-01-01"));

    [Theory]
    [InlineData(PathName.Enterprise)]
    [InlineData(PathName.SMB)]
    public void Adding_exactly_the_planned_additions_qualifies_the_path_with_the_planned_points(PathName path)
    {
        var plan = PlanOf(Base, "P1", path);

        var after = Simulations.Of(Base, "P1", PlanScenario.Of(plan, BuiltInRuleSets.Default, TestWindow.M)).After.Path(path);

        Assert.True(after.Qualified);
        Assert.Equal(plan.Steps.Map(s => s.PointsAfter).ToArray(), after.Metrics.Map(m => m.Points).ToArray());
    }

    [Theory]
    [InlineData(PathName.Enterprise)]
    [InlineData(PathName.SMB)]
    public void Removing_the_planned_additions_restores_the_whole_score(PathName path)
    {
        var original = Base.Run().Partner("P1");
        var additions = PlanScenario.Of(PlanOf(Base, "P1", path), BuiltInRuleSets.Default, TestWindow.M);
        var added = Simulator.Apply(additions, new ScenarioTarget("P1", BuiltInRuleSets.Default, TestWindow.M), Base.Raw);

        var restored = Simulator.Simulate(BuiltInRuleSets.Default, added, "P1", PlanScenario.Removal(additions), TestWindow.M)
            .Match(c => c, e => throw new XunitException(e.Message));

        Assert.NotEqual(original, restored.Before);
        Assert.Equal(original, restored.After);
    }

    /// <summary>
    /// On any generated dataset (odd spellings, bad rows, lost pairs, negative values), every
    /// feasible plan turned into a scenario of hypothetical tenants and persons moves each metric
    /// of the path to exactly the planned points, so the path qualifies; and undoing it restores the score.
    /// </summary>
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 40)]
    public bool Every_plan_as_a_scenario_reproduces_its_points_and_undoing_it_restores_the_score(Facts facts)
    {
        var rules = Rules;
        var context = Context;
        return facts.Run(Rules).Partners.Filter(p => !p.Qualified).ForAll(partner =>
            Planner.PlanPartner(context, partner).Paths.ForAll(plan =>
            {
                var additions = PlanScenario.Of(plan, rules, TestWindow.M);
                var after = Simulations.Of(facts, partner.PartnerId, additions).After;
                var added = Simulator.Apply(additions, new ScenarioTarget(partner.PartnerId, rules, TestWindow.M), facts.Raw);
                var undone = Simulator.Simulate(rules, added, partner.PartnerId, PlanScenario.Removal(additions), TestWindow.M).Map(c => c.After);
                return after.Path(plan.Path).Qualified
                    && after.Path(plan.Path).Metrics.Map(m => m.Points).SequenceEqual(plan.Steps.Map(s => s.PointsAfter))
                    && undone == partner;
            }));
    }

    [Fact]
    public void Growth_beyond_what_one_SMB_tenant_holds_undeployed_is_spread_over_several()
    {
        var plan = new PathPlan(PathName.SMB, LanguageExt.Prelude.Seq1(new PlanStep(Metric.UsageGrowth, AssociationType.CSP, 250, 250m, 0m, 3.75m)), 250m, 0m, 3.75m);

        var tenants = PlanScenario.Of(plan, BuiltInRuleSets.Default, TestWindow.M).AddTenants;

        // SMB's PAU is at most 300, and 120 of 300 users is not above 40 % (R17): 120 + 120 + 10.
        Assert.Equal([("PLAN-SMB-USE1", 300L, 120L), ("PLAN-SMB-USE2", 300L, 120L), ("PLAN-SMB-USE3", 300L, 10L)], tenants.Map(t => (t.TenantId, t.Pau, t.Mau)).ToArray());
    }

    private static readonly RuleSet Rules = BuiltInRuleSets.Default;

    private static readonly PlanningContext Context = PlanningContext.For(Rules, new Costs(3m, 2m, 0.01m, 1m));

    private static PathPlan PlanOf(Facts facts, string partner, PathName path) =>
        Planner.Plan(Parameters.Default, Costs.Default, facts.Run().Partner(partner).Path(path)).IfNone(() => throw new XunitException($"no plan for {path}"));
}
