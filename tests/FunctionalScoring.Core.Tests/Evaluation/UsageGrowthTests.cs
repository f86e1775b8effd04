using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using LanguageExt;
using static FunctionalScoring.Core.Tests.Support.TestWindow;

namespace FunctionalScoring.Core.Tests.Evaluation;

public class UsageGrowthTests
{
    /// <summary>
    /// §8 example 3: CPOR pairs grow by 600 users (18 points), DPOR pairs by 3,000 (22.5 points):
    /// the metric takes DPOR's 22.5, never the sum of the types.
    /// </summary>
    [Fact]
    public void R14_R15_usage_growth_takes_the_type_that_earns_the_most()
    {
        var run = Scenario.Empty
            .With(
                Row.Usage("E1", "Teams", BDay, 1000, 200),
                Row.Usage("E1", "Teams", MDay, 1000, 800),
                Row.Usage("E2", "Exchange", BDay, 5000, 1000),
                Row.Usage("E2", "Exchange", MDay, 5000, 4000))
            .With(
                Row.Association("P1", "E1", "Teams", "CPOR", LongAgo),
                Row.Association("P1", "E2", "Exchange", "DPOR", LongAgo))
            .Run();

        var growth = run.Metric("P1", PathName.Enterprise, Metric.UsageGrowth);
        Assert.Equal((3000L, 22.50m), growth.Scored());
        Assert.Equal(Prelude.Some(AssociationType.DPOR), growth.Via);
        Assert.Equal([(AssociationType.CPOR, 600L, 18.00m), (AssociationType.DPOR, 3000L, 22.50m)], growth.PerType());
    }

    /// <summary>§8 example 4: claimed via CSP in B+4 with MAU 150, MAU 50 in B, 400 in M → 250 → 3.75 points.</summary>
    [Fact]
    public void R15_usage_growth_ignores_users_active_before_the_claim()
    {
        var run = WorkedExamples.ClaimInsideTheWindow.Run();

        var growth = run.Metric("P1", PathName.SMB, Metric.UsageGrowth);
        Assert.Equal((250L, 3.75m), growth.Scored());
        Assert.Equal(Prelude.Some(AssociationType.CSP), growth.Via);
    }

    [Fact]
    public void R15_a_lost_pair_subtracts_its_baseline_users()
    {
        var run = WorkedExamples.LostPair.Run();

        Assert.Equal([(AssociationType.CPOR, -80L, 0.00m), (AssociationType.CSP, 0L, 0.00m)], run.Metric("P1", PathName.SMB, Metric.UsageGrowth).PerType());
    }

    [Fact]
    public void R15_a_lost_pair_counts_nothing_when_lost_pairs_are_ignored()
    {
        var ignore = TestRuleSets.Edited(BuiltInRuleSets.DefaultId, document => document["parameters"]!["lostPairs"] = "Ignore");

        var run = WorkedExamples.LostPair.Run(ignore);

        Assert.Equal([(AssociationType.CPOR, 0L, 0.00m), (AssociationType.CSP, 0L, 0.00m)], run.Metric("P1", PathName.SMB, Metric.UsageGrowth).PerType());
    }

    [Fact]
    public void R14_a_negative_best_value_is_reported_as_it_is()
    {
        var run = WorkedExamples.LostPair
            .With(Row.Usage("T2", "Teams", BDay, 50, 30))
            .With(Row.Association("P1", "T2", "Teams", "CSP", LongAgo))
            .Run();

        var growth = run.Metric("P1", PathName.SMB, Metric.UsageGrowth);
        Assert.Equal((-80L, 0.00m), growth.Scored());
        Assert.Equal(Prelude.Some(AssociationType.CPOR), growth.Via);
    }

    [Fact]
    public void R4_overlapping_rows_use_the_earliest_claim_month()
    {
        var run = Scenario.Empty
            .With(
                Row.Usage("T1", "Teams", BDay, 100, 10),
                Row.Usage("T1", "Teams", "2024-10-01", 100, 40),
                Row.Usage("T1", "Teams", "2025-02-01", 100, 70),
                Row.Usage("T1", "Teams", MDay, 100, 90))
            .With(
                Row.Association("P1", "T1", "Teams", "CPOR", "2025-02-10"),
                Row.Association("P1", "T1", null, "CPOR", "2024-10-20"))
            .Run();

        Assert.Equal(50L, run.Metric("P1", PathName.SMB, Metric.UsageGrowth).Value);
    }

    [Fact]
    public void R4_a_pair_credited_at_B_and_at_M_through_a_later_row_is_kept_with_the_later_claim()
    {
        var run = Scenario.Empty
            .With(
                Row.Usage("T1", "Teams", BDay, 100, 10),
                Row.Usage("T1", "Teams", "2025-02-01", 100, 70),
                Row.Usage("T1", "Teams", MDay, 100, 90))
            .With(
                Row.Association("P1", "T1", "Teams", "CPOR", LongAgo, "2024-12-31"),
                Row.Association("P1", "T1", "Teams", "CPOR", "2025-02-10"))
            .Run();

        Assert.Equal(20L, run.Metric("P1", PathName.SMB, Metric.UsageGrowth).Value);
    }

    [Fact]
    public void R15_a_pair_claimed_in_M_has_grown_by_nothing_yet()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", BDay, 100, 10), Row.Usage("T1", "Teams", MDay, 100, 90))
            .With(Row.Association("P1", "T1", "Teams", "CPOR", "2025-06-10"))
            .Run();

        Assert.Equal([(AssociationType.CPOR, 0L, 0.00m), (AssociationType.CSP, 0L, 0.00m)], run.Metric("P1", PathName.SMB, Metric.UsageGrowth).PerType());
    }

    [Fact]
    public void R6_a_tenant_wide_association_covers_only_eligible_workloads()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Dynamics 365", BDay, 100, 10), Row.Usage("T1", "Dynamics 365", MDay, 100, 90))
            .With(Row.Association("P1", "T1", null, "CPOR", LongAgo))
            .Run();

        Assert.Equal((0L, 0L), (run.Metric("P1", PathName.SMB, Metric.UsageGrowth).Value, run.Metric("P1", PathName.SMB, Metric.NetCustomerAdds).Value));
    }
}
