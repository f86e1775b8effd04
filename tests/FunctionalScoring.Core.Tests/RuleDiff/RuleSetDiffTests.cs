using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.RuleDiff;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using Xunit.Sdk;
using Facts = FunctionalScoring.Core.Tests.Support.Scenario;

namespace FunctionalScoring.Core.Tests.RuleDiff;

public class RuleSetDiffTests
{
    [Theory]
    [InlineData("modern-work-2022")]
    [InlineData("modern-work-2023")]
    public void A_rule_set_compared_with_itself_differs_in_nothing(string id)
    {
        var rules = TestRuleSets.Find(id);

        Assert.Empty(RuleSetDiff.Of(rules, rules));
        Assert.Empty(RuleSetDiff.Of(rules, TestRuleSets.Edited(id, d => d["title"] = "a renamed copy")));
    }

    [Fact]
    public void A_copy_with_one_threshold_changed_differs_in_exactly_that_rule()
    {
        var edited = TestRuleSets.Edited("modern-work-2022", d => d["paths"]![1]!["metrics"]!["netCustomerAdds"]!["threshold"] = 8);

        Assert.Equal([new RuleChange("paths[SMB].metrics.netCustomerAdds.threshold", "10", "8")], RuleSetDiff.Of(BuiltInRuleSets.Default, edited).ToArray());
    }

    [Fact]
    public void Every_kind_of_rule_is_compared()
    {
        var edited = TestRuleSets.Edited("modern-work-2022", d =>
        {
            d["paths"]![0]!["band"]!["above"] = 350;
            d["paths"]![0]!["metrics"]!["usageGrowth"]!["thresholds"]!["DPOR"] = 3000;
            d["paths"]![1]!["metrics"]!["deployments"]!["maxPoints"] = 20;
            d["paths"]![1]!["associationTypes"] = new System.Text.Json.Nodes.JsonArray("CSP", "CPOR");
            d["paths"]![1]!["metrics"]!["usageGrowth"]!["thresholds"] = new System.Text.Json.Nodes.JsonObject { ["CSP"] = 2000, ["CPOR"] = 500 };
            d["paths"]![1]!["metrics"]!["deployments"]!["thresholds"] = new System.Text.Json.Nodes.JsonObject { ["CSP"] = 10, ["CPOR"] = 5 };
            d["workloads"]![0]!["aliases"] = new System.Text.Json.Nodes.JsonArray("Endpoint Manager");
            d["workloads"]!.AsArray().RemoveAt(9);
            d["certifications"]!["advanced"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["name"] = "Microsoft 365 Certified: Security Administrator Associate" });
            d["parameters"]!["deploymentComparison"] = "AtLeast";
        });

        Assert.Equal(
            [
                new RuleChange("workloads[Intune].aliases", "", "Endpoint Manager"),
                new RuleChange("workloads[Yammer]", "Yammer", ""),
                new RuleChange("certifications[Microsoft 365 Certified: Security Administrator Associate]", "", "Advanced: Microsoft 365 Certified: Security Administrator Associate"),
                new RuleChange("paths[Enterprise].band", "PAU > 300", "PAU > 350"),
                new RuleChange("paths[Enterprise].metrics.usageGrowth.thresholds.DPOR", "4000", "3000"),
                new RuleChange("paths[SMB].associationTypes", "CPOR, CSP", "CSP, CPOR"),
                new RuleChange("paths[SMB].metrics.deployments.maxPoints", "25", "20"),
                new RuleChange("parameters.deploymentComparison", "Greater", "AtLeast"),
            ],
            RuleSetDiff.Of(BuiltInRuleSets.Default, edited).ToArray());
    }

    [Fact]
    public void The_2023_set_adds_the_Viva_workloads_and_changes_the_intermediate_list()
    {
        var rules = RuleSetDiff.Of(TestRuleSets.Find("modern-work-2022"), TestRuleSets.Find("modern-work-2023")).Map(c => c.Rule).ToArray();

        Assert.Contains("workloads[Viva Insights]", rules);
        Assert.Contains("workloads[Teams Calling].aliases", rules);
        Assert.Contains("certifications[Microsoft 365 Certified: Developer Associate]", rules);
        Assert.Contains("certifications[Microsoft 365 Certified: Endpoint Administrator Associate]", rules);
        Assert.DoesNotContain(rules, r => r.StartsWith("paths", StringComparison.Ordinal) || r.StartsWith("parameters", StringComparison.Ordinal));
    }

    [Fact]
    public void Scoring_under_a_lower_threshold_shows_the_partners_it_flips_and_the_points_that_move()
    {
        // SMB net adds: threshold 10 → 8 (2.5 points per tenant instead of 2). P1 is at 69.28 with 9 tenants (18 points, 20 after);
        // P2's 10 tenants earn the maximum of 20 under both.
        var edited = TestRuleSets.Edited("modern-work-2022", d => d["paths"]![1]!["metrics"]!["netCustomerAdds"]!["threshold"] = 8);
        var facts = SmbPartner("P1", tenants: 9).Then(SmbPartner("P2", tenants: 10));

        var comparison = RuleSetComparison.Of(BuiltInRuleSets.Default, edited, facts.Raw, TestWindow.M).IfLeft(e => throw new XunitException(e.Message));

        Assert.Equal([new RuleChange("paths[SMB].metrics.netCustomerAdds.threshold", "10", "8")], comparison.Rules.ToArray());
        Assert.Equal(["P1"], comparison.Gained.Map(c => c.PartnerId).ToArray());
        Assert.Empty(comparison.Lost);
        Assert.Equal(
            [("P1", PathName.SMB, Metric.NetCustomerAdds, 18m, 20m)],
            comparison.Changed.Bind(c => c.Paths.Bind(p => p.Metrics.Filter(m => m.PointsChange != 0).Map(m => (c.PartnerId, p.Path, m.Metric, m.Before.Points, m.After.Points)))).ToArray());
    }

    [Fact]
    public void A_dataset_scored_under_the_same_rules_twice_is_an_empty_comparison()
    {
        var facts = SmbPartner("P1", tenants: 9);

        var comparison = RuleSetComparison.Of(BuiltInRuleSets.Default, BuiltInRuleSets.Default, facts.Raw, TestWindow.M).IfLeft(e => throw new XunitException(e.Message));

        Assert.True(comparison.IsEmpty);
    }

    /// <summary>
    /// An SMB partner with <paramref name="tenants"/> customers claimed through CSP inside the window
    /// (each deployed in M and 65 users grown since the claim), one intermediate and one advanced
    /// person: 2 × tenants + 5 + 15 + 0.975 × tenants + 2.5 × tenants (9 tenants: 69.28).
    /// </summary>
    private static Facts SmbPartner(string partner, int tenants) =>
        Enumerable.Range(1, tenants).Aggregate(
            Facts.Empty
                .With(Row.Certification(partner, "A", "MS-700", "2020-01-01"), Row.Certification(partner, "B", "Enterprise Administrator Expert", "2020-01-01")),
            (facts, i) => facts
                .With(Row.Association(partner, $"{partner}-T{i}", "Teams", "CSP", "2024-08-15"))
                .With(Row.Usage($"{partner}-T{i}", "Teams", "2024-08-01", 150, 10), Row.Usage($"{partner}-T{i}", "Teams", TestWindow.MDay, 150, 75)));
}

internal static class FactsExtensions
{
    public static Facts Then(this Facts a, Facts b) =>
        new(a.Associations + b.Associations, a.Usage + b.Usage, a.Certifications + b.Certifications, a.Partners + b.Partners);
}
