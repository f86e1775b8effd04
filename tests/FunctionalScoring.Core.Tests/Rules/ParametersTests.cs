using FsCheck.Xunit;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using static FunctionalScoring.Core.Tests.Support.TestWindow;

namespace FunctionalScoring.Core.Tests.Rules;

public class ParametersTests
{
    private static readonly Parameters Greater = Parameters.Default;
    private static readonly Parameters AtLeast = Parameters.Default with { DeploymentComparison = DeploymentComparison.AtLeast };

    /// <summary>§8 example 6: MAU 40 of PAU 100 is not deployed with Greater, is deployed with AtLeast; through the whole run.</summary>
    [Theory]
    [InlineData("Greater", 0, "0.00")]
    [InlineData("AtLeast", 1, "5.00")]
    public void R17_MAU_40_of_PAU_100_is_deployed_only_with_AtLeast(string comparison, long deployments, string points)
    {
        var rules = TestRuleSets.Edited(BuiltInRuleSets.DefaultId, document => document["parameters"]!["deploymentComparison"] = comparison);

        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, 100, 40))
            .With(Row.Association("P1", "T1", null, "CPOR", LongAgo))
            .Run(rules);

        Assert.Equal((deployments, decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture)), run.Metric("P1", PathName.SMB, Metric.Deployments).Scored());
    }

    [Theory]
    [InlineData(100, 40, false, true)]
    [InlineData(100, 41, true, true)]
    [InlineData(100, 39, false, false)]
    [InlineData(0, 0, false, false)] // PAU 0 is never deployed
    [InlineData(0, 5, false, false)]
    [InlineData(5, 2, false, true)]
    [InlineData(20, 50, true, true)] // MAU above PAU
    public void R17_a_pair_is_deployed_above_40_percent(long pau, long mau, bool greater, bool atLeast)
    {
        Assert.Equal((greater, atLeast), (Greater.IsDeployed(pau, mau), AtLeast.IsDeployed(pau, mau)));
    }

    /// <summary>At exactly 40% (PAU a multiple of 5) only AtLeast deploys; one user more deploys under both, one fewer under neither.</summary>
    [Property]
    public bool R17_exactly_40_percent_is_deployed_only_with_AtLeast(byte fifths)
    {
        var pau = 5L * (fifths + 1);
        var mau = 2L * (fifths + 1);
        return (Greater.IsDeployed(pau, mau), AtLeast.IsDeployed(pau, mau)) == (false, true)
            && (Greater.IsDeployed(pau, mau + 1), AtLeast.IsDeployed(pau, mau + 1)) == (true, true)
            && (Greater.IsDeployed(pau, mau - 1), AtLeast.IsDeployed(pau, mau - 1)) == (false, false);
    }

    [Property]
    public bool R17_PAU_0_is_never_deployed(ushort mau) =>
        !Greater.IsDeployed(0, mau) && !AtLeast.IsDeployed(0, mau);

    [Fact]
    public void The_built_in_sets_hold_the_default_parameters()
    {
        Assert.Equal(
            [Parameters.Default, Parameters.Default, Parameters.Default with { QualificationWindowMonths = 6 }],
            BuiltInRuleSets.Ids.Map(id => TestRuleSets.Find(id).Parameters).ToArray());
        Assert.Equal(new Parameters(LostPairs.Subtract, 0.40m, DeploymentComparison.Greater, 1m, 70m, 1), Parameters.Default);
    }

    [Fact]
    public void R32_modern_work_2023_09_is_modern_work_2023_with_a_six_month_window()
    {
        var september = TestRuleSets.Find("modern-work-2023-09");
        var july = TestRuleSets.Find("modern-work-2023");

        Assert.Equal(
            july with { Id = september.Id, Title = september.Title, EffectiveDate = september.EffectiveDate, ContentHash = september.ContentHash, Parameters = july.Parameters with { QualificationWindowMonths = 6 } },
            september);
    }
}
