using FsCheck.Xunit;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Tests.Support;
using static FunctionalScoring.Core.Tests.Support.TestWindow;

namespace FunctionalScoring.Core.Tests.Rules;

public class BandTests
{
    /// <summary>§8 example 6: PAU 300 is SMB, 301 is Enterprise, 10 is neither; through the whole run.</summary>
    [Fact]
    public void R7_PAU_300_is_SMB_301_is_Enterprise_and_10_is_neither()
    {
        var run = Scenario.Empty
            .With(
                Row.Usage("T300", "Teams", MDay, 300, 0),
                Row.Usage("T301", "Teams", MDay, 301, 0),
                Row.Usage("T10", "Teams", MDay, 10, 0))
            .With(
                Row.Association("P1", "T300", null, "CPOR", LongAgo),
                Row.Association("P1", "T301", null, "CPOR", LongAgo),
                Row.Association("P1", "T10", null, "CPOR", LongAgo))
            .Run();

        Assert.Equal(["T301"], CustomersOf(run, PathName.Enterprise));
        Assert.Equal(["T300"], CustomersOf(run, PathName.SMB));
    }

    [Theory]
    [InlineData("modern-work-2022", 10, false, false)]
    [InlineData("modern-work-2022", 11, true, false)]
    [InlineData("modern-work-2022", 300, true, false)]
    [InlineData("modern-work-2022", 301, false, true)]
    [InlineData("modern-work-2023", 10, false, false)]
    [InlineData("modern-work-2023", 11, true, false)]
    [InlineData("modern-work-2023", 300, true, false)]
    [InlineData("modern-work-2023", 301, false, true)]
    public void R7_the_band_edges_of_the_built_in_sets(string ruleSet, long pau, bool smb, bool enterprise)
    {
        var rules = TestRuleSets.Find(ruleSet);

        Assert.Equal((smb, enterprise), (rules.Path(PathName.SMB).Band.Contains(pau), rules.Path(PathName.Enterprise).Band.Contains(pau)));
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public bool R7_a_pair_is_in_the_SMB_band_from_11_to_300_and_in_Enterprise_above_300(PauNearEdge c)
    {
        var rules = TestRuleSets.Find(c.RuleSetId);
        return rules.Path(PathName.SMB).Band.Contains(c.Pau) == (c.Pau is > 10 and <= 300)
            && rules.Path(PathName.Enterprise).Band.Contains(c.Pau) == c.Pau > 300;
    }

    /// <summary>R7, R8, R11: one customer with this PAU in M counts on exactly the path whose band holds it.</summary>
    [Property(Arbitrary = [typeof(Generators)])]
    public bool R7_a_customer_counts_on_the_path_whose_band_holds_its_PAU(PauNearEdge c)
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, c.Pau, 0))
            .With(Row.Association("P1", "T1", null, "CPOR", LongAgo))
            .Run(TestRuleSets.Find(c.RuleSetId));
        var customers = (run.Metric("P1", PathName.SMB, Metric.NetCustomerAdds).Value, run.Metric("P1", PathName.Enterprise, Metric.NetCustomerAdds).Value);
        return customers == (c.Pau is > 10 and <= 300 ? 1 : 0, c.Pau > 300 ? 1 : 0);
    }

    private static string[] CustomersOf(RunResult run, PathName path) =>
        run.Evidence("P1", path, Metric.NetCustomerAdds).Filter(e => e.Contribution == 1).Map(e => e.TenantId.IfNone("")).ToArray();
}
