using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Tests.Support;
using static FunctionalScoring.Core.Tests.Support.TestWindow;

namespace FunctionalScoring.Core.Tests.Evaluation;

public class NetCustomerAddsTests
{
    /// <summary>
    /// §8 example 1: 13 SMB tenants in band through CPOR or CSP in M, 6 in B → 7 → 14 points. S13 is
    /// linked through both CPOR and CSP in M only, so summing over types would give 8.
    /// </summary>
    [Fact]
    public void R11_thirteen_customers_in_M_and_six_in_B_earn_fourteen_points()
    {
        var scenario = Scenario.Empty;
        for (var i = 1; i <= 13; i++)
        {
            var tenant = $"S{i:D2}";
            scenario = scenario
                .With(Row.Usage(tenant, "Teams", MDay, 50, 10))
                .With(Row.Association("P1", tenant, i <= 7 ? "Teams" : null, i <= 7 ? "CPOR" : "CSP", LongAgo));
            if (i <= 6)
            {
                scenario = scenario.With(Row.Usage(tenant, "Teams", BDay, 50, 10));
            }
        }

        scenario = scenario.With(Row.Association("P1", "S13", "Teams", "CPOR", LongAgo));

        var run = scenario.Run();

        Assert.Equal((7L, 14.00m), run.Metric("P1", PathName.SMB, Metric.NetCustomerAdds).Scored());
        Assert.Equal((0L, 0.00m), run.Metric("P1", PathName.Enterprise, Metric.NetCustomerAdds).Scored());
    }

    [Fact]
    public void R10_a_tenant_linked_through_several_workloads_and_types_counts_once()
    {
        var run = Scenario.Empty
            .With(
                Row.Usage("T1", "Teams", MDay, 50, 10),
                Row.Usage("T1", "Exchange", MDay, 60, 10),
                Row.Usage("T1", "Intune", MDay, 70, 10))
            .With(
                Row.Association("P1", "T1", null, "CPOR", LongAgo),
                Row.Association("P1", "T1", "Teams", "CSP", LongAgo),
                Row.Association("P1", "T1", "Exchange", "CSP Tier 2", LongAgo),
                Row.Association("P1", "T1", "Intune", "CPOR", LongAgo))
            .Run();

        Assert.Equal((1L, 2.00m), run.Metric("P1", PathName.SMB, Metric.NetCustomerAdds).Scored());
    }

    [Fact]
    public void R10_a_tenant_in_both_bands_through_different_workloads_counts_on_each_path()
    {
        var run = Scenario.Empty
            .With(
                Row.Usage("T1", "Teams", MDay, 50, 10),
                Row.Usage("T1", "Exchange", MDay, 5000, 10))
            .With(Row.Association("P1", "T1", null, "CPOR", LongAgo))
            .Run();

        Assert.Equal((1L, 4.00m), run.Metric("P1", PathName.Enterprise, Metric.NetCustomerAdds).Scored());
        Assert.Equal((1L, 2.00m), run.Metric("P1", PathName.SMB, Metric.NetCustomerAdds).Scored());
    }

    [Fact]
    public void R8_a_tenant_linked_to_two_partners_counts_fully_for_each()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, 50, 10))
            .With(
                Row.Association("P1", "T1", null, "CPOR", LongAgo),
                Row.Association("P2", "T1", "Teams", "CSP", LongAgo))
            .Run();

        Assert.Equal((1L, 2.00m), run.Metric("P1", PathName.SMB, Metric.NetCustomerAdds).Scored());
        Assert.Equal((1L, 2.00m), run.Metric("P2", PathName.SMB, Metric.NetCustomerAdds).Scored());
    }

    [Theory]
    [InlineData("2025-06-30", null, 1)] // claimed on M's last day: in force in M (R3)
    [InlineData("2025-07-01", null, 0)] // claimed after M
    [InlineData(LongAgo, "2025-06-30", 0)] // ended on M's last day: no longer in force
    [InlineData(LongAgo, "2025-07-01", 1)] // ended after M
    public void R3_an_association_counts_when_in_force_on_the_last_day_of_the_month(string associatedOn, string? endedOn, long customers)
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, 50, 10))
            .With(Row.Association("P1", "T1", "Teams", "CPOR", associatedOn, endedOn))
            .Run();

        Assert.Equal(customers, run.Metric("P1", PathName.SMB, Metric.NetCustomerAdds).Value);
    }

    [Fact]
    public void R8_an_association_type_outside_the_path_credits_nothing()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, 50, 10), Row.Usage("T2", "Teams", MDay, 500, 10))
            .With(Row.Association("P1", "T1", null, "DPOR", LongAgo), Row.Association("P1", "T2", null, "CSP", LongAgo))
            .Run();

        Assert.Equal(0L, run.Metric("P1", PathName.SMB, Metric.NetCustomerAdds).Value);
        Assert.Equal(0L, run.Metric("P1", PathName.Enterprise, Metric.NetCustomerAdds).Value);
    }
}
