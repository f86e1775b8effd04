using FsCheck.Xunit;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.WhatIf;
using Xunit.Sdk;
using static LanguageExt.Prelude;
using Facts = FunctionalScoring.Core.Tests.Support.Scenario;
using Scenario = FunctionalScoring.Core.WhatIf.Scenario;

namespace FunctionalScoring.Core.Tests.WhatIf;

public class SimulatorTests
{
    /// <summary>P1: one Enterprise tenant through CPOR since long ago (100 → 300 users) and one person with MS-700.</summary>
    private static readonly Facts Base = Facts.Empty
        .With(Row.Association("P1", "T1", "Teams", "CPOR", TestWindow.LongAgo))
        .With(Row.Usage("T1", "Teams", TestWindow.BDay, 400, 100), Row.Usage("T1", "Teams", TestWindow.MDay, 400, 300))
        .With(Row.Certification("P1", "A", "MS-700", "2020-01-01"));

    /// <summary>Whatever the data, a scenario that changes nothing gives back the run's own score of every partner, before and after.</summary>
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public bool An_empty_scenario_changes_nothing(Facts facts) =>
        facts.Run(Simulations.Rules).Partners.ForAll(partner =>
            Simulate(facts, partner.PartnerId, Scenario.Empty) is var c && c.Before == partner && c.After == partner && !c.Flips);

    [Fact]
    public void A_hypothetical_enterprise_tenant_claimed_inside_the_window_adds_a_customer_its_growth_since_the_claim_and_a_deployment()
    {
        // R11: +1 tenant in Q(M) (no PAU at B); R15: 200 − 50 at the claim; R18: deployed in M, not at its claim (50 of 350).
        var scenario = Scenario.Empty with
        {
            AddTenants = Seq1(new TenantAddition("HYP-1", "Teams", "CPOR", 350, 200, new DateOnly(2025, 1, 15), None, 50L, None, 0L)),
        };

        var enterprise = Simulate(Base, "P1", scenario).Paths.Find(p => p.Path == PathName.Enterprise).IfNone(() => throw new XunitException("no Enterprise"));

        Assert.Equal(
            [(Metric.NetCustomerAdds, 1L, 4.00m), (Metric.IntermediateCertifications, 0L, 0m), (Metric.AdvancedCertifications, 0L, 0m), (Metric.UsageGrowth, 150L, 4.50m), (Metric.Deployments, 1L, 5.00m)],
            enterprise.Metrics.Map(m => (m.Metric, m.ValueChange, m.PointsChange)).ToArray());
    }

    /// <summary>
    /// R28 reading (docs/readings.md): a scenario's usage is checked like the dataset's. Two hypothetical
    /// tenants with MAU near the int64 maximum would overflow the growth sum; their rows are rejected instead.
    /// </summary>
    [Fact]
    public void Hypothetical_units_beyond_what_a_sum_can_hold_are_rejected_like_the_datasets()
    {
        var huge = new TenantAddition("HYP-1", "Teams", "CPOR", 350, 9_223_372_036_854_775_806, new DateOnly(2025, 1, 15), None, None, None, None);
        var scenario = Scenario.Empty with { AddTenants = Seq(huge, huge with { TenantId = "HYP-2" }) };

        var enterprise = Simulate(Base, "P1", scenario).Paths.Find(p => p.Path == PathName.Enterprise).IfNone(() => throw new XunitException("no Enterprise"));

        Assert.Equal(0L, enterprise.Metrics.Find(m => m.Metric == Metric.UsageGrowth).Map(m => m.ValueChange).IfNone(-1));
    }

    [Fact]
    public void Removing_the_only_association_loses_the_customer_its_growth_and_its_deployment()
    {
        var scenario = Scenario.Empty with { RemoveAssociations = Seq1(new AssociationRemoval("T1", None, None, None)) };

        var enterprise = Simulate(Base, "P1", scenario).Paths.Head;

        Assert.Equal([0L, 0L, 0L, -200L, -1L], enterprise.Metrics.Map(m => m.ValueChange).ToArray());
    }

    [Fact]
    public void Ending_the_association_inside_the_window_makes_its_pair_lost()
    {
        var scenario = Scenario.Empty with { RemoveAssociations = Seq1(new AssociationRemoval("T1", None, None, new DateOnly(2024, 12, 31))) };

        var enterprise = Simulate(Base, "P1", scenario).Paths.Head;

        // R11: in Q(B), not in Q(M); R15: credited at B and not at M, so −MAU(B) = −100 instead of +200.
        Assert.Equal([-1L, 0L, 0L, -300L, -1L], enterprise.Metrics.Map(m => m.ValueChange).ToArray());
    }

    [Fact]
    public void Ending_an_association_before_B_is_removing_it_at_both_months()
    {
        var ended = Scenario.Empty with { RemoveAssociations = Seq1(new AssociationRemoval("T1", "teams", "cpor", new DateOnly(2024, 1, 31))) };
        var removed = Scenario.Empty with { RemoveAssociations = Seq1(new AssociationRemoval("T1", None, None, None)) };

        Assert.Equal(Simulate(Base, "P1", removed).After, Simulate(Base, "P1", ended).After);
    }

    [Fact]
    public void Persons_are_certified_and_decertified_by_name_code_or_alias()
    {
        var scenario = Scenario.Empty with
        {
            RemovePersons = Seq1(new PersonRemoval("A", Seq1("Microsoft 365 Certified: Teams Administrator Associate"))),
            AddPersons = Seq1(new PersonAddition("Z", Seq1("Enterprise Administrator Expert"), None, None)),
        };

        var smb = Simulate(Base, "P1", scenario).Paths.Find(p => p.Path == PathName.SMB).IfNone(() => throw new XunitException("no SMB"));

        Assert.Equal([0L, -1L, 1L, 0L, 0L], smb.Metrics.Map(m => m.ValueChange).ToArray());
        Assert.Equal([0m, -5m, 15m, 0m, 0m], smb.Metrics.Map(m => m.PointsChange).ToArray());
    }

    [Fact]
    public void A_usage_change_replaces_one_figure_of_the_month_and_keeps_the_other()
    {
        var scenario = Scenario.Empty with { SetUsage = Seq1(new UsageChange("T1", "TEAMS", TestWindow.M, None, 1100L)) };

        var growth = Simulate(Base, "P1", scenario).Paths.Head.Metrics.Find(m => m.Metric == Metric.UsageGrowth).IfNone(() => throw new XunitException("no growth"));

        Assert.Equal((200L, 1000L), (growth.Before.Value, growth.After.Value));
        Assert.Equal(30m, growth.After.Points);
    }

    [Fact]
    public void Another_as_of_month_or_rule_set_scores_as_a_run_would()
    {
        var earlier = Simulate(Base, "P1", Scenario.Empty with { AsOf = Month.Of(2025, 5) });
        var newer = Simulate(Base, "P1", Scenario.Empty with { Rules = "modern-work-2023" });

        Assert.Equal(Base.TryRun(asOf: Month.Of(2025, 5)).Map(r => r.Partner("P1")).IfLeft(e => throw new XunitException(e.Message)), earlier.After);
        Assert.Equal(Base.Run(TestRuleSets.Find("modern-work-2023")).Partner("P1"), newer.After);
        Assert.Equal(Base.Run().Partner("P1"), newer.Before);
    }

    [Fact]
    public void A_partner_the_data_does_not_know_starts_from_nothing()
    {
        var scenario = Scenario.Empty with { AddPersons = Seq1(new PersonAddition("Z", Seq1("MS-900"), None, None)) };

        var comparison = Simulate(Base, "NEW", scenario);

        Assert.Equal(0m, comparison.Before.Reported.Total);
        Assert.Equal(1L, comparison.After.Path(PathName.SMB).Metric(Metric.IntermediateCertifications).Value);
    }

    [Fact]
    public void Facts_that_could_change_nothing_are_refused_naming_their_field()
    {
        var scenario = Scenario.Empty with
        {
            AddTenants = Seq(
                new TenantAddition("T1", "Teams", "CPOR", 350, 0, None, None, None, None, None),
                new TenantAddition("H2", "Dynamics 365", "VAR", 350, 0, new DateOnly(2025, 7, 1), None, None, None, None),
                new TenantAddition("H3", "Teams", "CPOR", 350, 0, new DateOnly(2023, 1, 1), 10L, None, None, None)),
            AddPersons = Seq1(new PersonAddition("Z", Seq("MS-700", "AZ-900"), None, None)),
            SetUsage = Seq1(new UsageChange("T1", "Teams", Month.Of(2025, 7), 1L, None)),
        };

        var errors = Simulator.Simulate(BuiltInRuleSets.Default, Base.Raw, "P1", scenario, TestWindow.M).Match(
            Right: _ => throw new XunitException("expected the scenario to be refused"),
            Left: e => e is WhatIfError.InvalidScenario invalid ? invalid.Errors.Map(x => x.Field).ToArray() : throw new XunitException(e.Message));

        Assert.Equal(
            ["addTenants[0].tenantId", "addTenants[1].workload", "addTenants[1].type", "addTenants[1].claimedOn", "addTenants[2].claimedOn", "addPersons[0].certifications[1]", "setUsage[0].month"],
            errors);
    }

    [Fact]
    public void A_rule_set_that_is_not_built_in_is_an_error_of_the_one_rule_set_overload()
    {
        var result = Simulator.Simulate(BuiltInRuleSets.Default, Base.Raw, "P1", Scenario.Empty with { Rules = "my-rules.json" }, TestWindow.M);

        Assert.Equal(Left<WhatIfError, Comparison>(new WhatIfError.UnknownRuleSet("my-rules.json")), result);
    }

    private static Comparison Simulate(Facts facts, string partner, Scenario scenario) => Simulations.Of(facts, partner, scenario);
}
