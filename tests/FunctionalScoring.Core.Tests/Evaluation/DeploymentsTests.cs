using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Tests.Support;
using LanguageExt;
using static FunctionalScoring.Core.Tests.Support.TestWindow;

namespace FunctionalScoring.Core.Tests.Evaluation;

public class DeploymentsTests
{
    /// <summary>
    /// §8 example 5: 9 tenants deployed in M through CSP, of which D8 and D9 were claimed inside the
    /// window already above 40%; D1 was deployed in B → 9 − 2 − 1 = 6 → 15 points. D7 was claimed
    /// inside the window but not yet deployed then, so it counts.
    /// </summary>
    [Fact]
    public void R18_R19_deployments_exclude_tenants_claimed_already_deployed()
    {
        var scenario = Scenario.Empty.With(Row.Usage("D1", "Teams", BDay, 100, 50));
        for (var i = 1; i <= 9; i++)
        {
            var tenant = $"D{i}";
            var claimedOn = i >= 7 ? "2024-09-10" : LongAgo;
            scenario = scenario
                .With(Row.Usage(tenant, "Teams", MDay, 100, 50))
                .With(Row.Association("P1", tenant, "Teams", "CSP", claimedOn));
        }

        scenario = scenario.With(
            Row.Usage("D7", "Teams", "2024-09-01", 100, 20),
            Row.Usage("D8", "Teams", "2024-09-01", 100, 60),
            Row.Usage("D9", "Teams", "2024-09-01", 100, 41));

        var deployments = scenario.Run().Metric("P1", PathName.SMB, Metric.Deployments);

        Assert.Equal((6L, 15.00m), deployments.Scored());
        Assert.Equal(Prelude.Some(AssociationType.CSP), deployments.Via);
        Assert.Equal([(AssociationType.CPOR, 0L, 0.00m), (AssociationType.CSP, 6L, 15.00m)], deployments.PerType());
    }

    [Fact]
    public void R18_a_tenant_with_several_deployed_pairs_is_one_deployment()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, 100, 50), Row.Usage("T1", "Exchange", MDay, 100, 90))
            .With(Row.Association("P1", "T1", null, "CPOR", LongAgo))
            .Run();

        Assert.Equal((1L, 5.00m), run.Metric("P1", PathName.SMB, Metric.Deployments).Scored());
    }

    [Fact]
    public void R18_a_tenant_counts_when_one_of_its_deployed_pairs_was_not_claimed_already_deployed()
    {
        var run = Scenario.Empty
            .With(
                Row.Usage("T1", "Teams", "2024-09-01", 100, 60),
                Row.Usage("T1", "Teams", MDay, 100, 50),
                Row.Usage("T1", "Exchange", MDay, 100, 90))
            .With(
                Row.Association("P1", "T1", "Teams", "CPOR", "2024-09-10"),
                Row.Association("P1", "T1", "Exchange", "CPOR", LongAgo))
            .Run();

        Assert.Equal(1L, run.Metric("P1", PathName.SMB, Metric.Deployments).Value);
    }

    [Fact]
    public void R18_a_pair_claimed_in_M_already_deployed_does_not_count()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, 100, 60))
            .With(Row.Association("P1", "T1", "Teams", "CPOR", "2025-06-10"))
            .Run();

        Assert.Equal((0L, 0.00m), run.Metric("P1", PathName.SMB, Metric.Deployments).Scored());
    }

    [Fact]
    public void R4_R18_the_earliest_claim_decides_whether_a_pair_was_claimed_inside_the_window()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", "2024-09-01", 100, 60), Row.Usage("T1", "Teams", MDay, 100, 60))
            .With(Row.Association("P1", "T1", "Teams", "CPOR", "2024-09-10"), Row.Association("P1", "T1", null, "CPOR", LongAgo))
            .Run();

        Assert.Equal((1L, 5.00m), run.Metric("P1", PathName.SMB, Metric.Deployments).Scored());
    }

    [Fact]
    public void R18_a_claim_in_the_baseline_month_is_not_inside_the_window()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", BDay, 100, 60), Row.Usage("T1", "Teams", MDay, 100, 60))
            .With(Row.Association("P1", "T1", "Teams", "CPOR", "2024-06-30"))
            .Run();

        // Deployed in B (−1) and in M (+1, claimed in B, so not "inside the window").
        Assert.Equal(0L, run.Metric("P1", PathName.SMB, Metric.Deployments).Value);
    }
}
