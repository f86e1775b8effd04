using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using LanguageExt;

namespace FunctionalScoring.Core.Tests.Rules;

public class BuiltInRuleSetsTests
{
    public static TheoryData<string> Ids => [.. BuiltInRuleSets.Ids];

    [Theory]
    [MemberData(nameof(Ids))]
    public void R25_every_built_in_set_parses_under_its_own_id(string id)
    {
        var parsed = RuleSetParser.Parse(BuiltInRuleSets.Document(id).IfNone(""));

        Assert.Equal(Prelude.Seq1(id), parsed.Map(rules => rules.Id).SuccessToSeq());
    }

    [Fact]
    public void R25_the_default_set_is_modern_work_2022()
    {
        Assert.Equal(("modern-work-2022", "modern-work-2022"), (BuiltInRuleSets.DefaultId, BuiltInRuleSets.Default.Id));
        Assert.Equal(["modern-work-2022", "modern-work-2023", "modern-work-2023-09"], BuiltInRuleSets.Ids.ToArray());
    }

    [Fact]
    public void R26_the_content_hash_is_the_hash_of_the_document()
    {
        var rules = BuiltInRuleSets.Default;

        Assert.Equal(RuleSetParser.Hash(BuiltInRuleSets.Document(rules.Id).IfNone("")), rules.ContentHash);
        Assert.NotEqual(rules.ContentHash, TestRuleSets.Find("modern-work-2023").ContentHash);
    }

    /// <summary>R11, R13, R16, R19: the thresholds and maximum points of docs/rules.md, in both built-in sets.</summary>
    [Theory]
    [InlineData(PathName.Enterprise, Metric.NetCustomerAdds, null, 5, 20)]
    [InlineData(PathName.SMB, Metric.NetCustomerAdds, null, 10, 20)]
    [InlineData(PathName.Enterprise, Metric.IntermediateCertifications, null, 4, 10)]
    [InlineData(PathName.SMB, Metric.IntermediateCertifications, null, 2, 10)]
    [InlineData(PathName.Enterprise, Metric.AdvancedCertifications, null, 2, 15)]
    [InlineData(PathName.SMB, Metric.AdvancedCertifications, null, 1, 15)]
    [InlineData(PathName.Enterprise, Metric.UsageGrowth, AssociationType.CPOR, 1000, 30)]
    [InlineData(PathName.Enterprise, Metric.UsageGrowth, AssociationType.DPOR, 4000, 30)]
    [InlineData(PathName.SMB, Metric.UsageGrowth, AssociationType.CPOR, 500, 30)]
    [InlineData(PathName.SMB, Metric.UsageGrowth, AssociationType.CSP, 2000, 30)]
    [InlineData(PathName.Enterprise, Metric.Deployments, AssociationType.CPOR, 5, 25)]
    [InlineData(PathName.Enterprise, Metric.Deployments, AssociationType.DPOR, 10, 25)]
    [InlineData(PathName.SMB, Metric.Deployments, AssociationType.CPOR, 5, 25)]
    [InlineData(PathName.SMB, Metric.Deployments, AssociationType.CSP, 10, 25)]
    public void The_built_in_sets_hold_the_thresholds_of_RULES(PathName path, Metric metric, AssociationType? type, long threshold, long maxPoints)
    {
        var figures = BuiltInRuleSets.Ids.Map(id =>
        {
            var rule = TestRuleSets.Find(id).Path(path).Rule(metric);
            return (rule.ThresholdFor(Prelude.Optional(type)), rule.MaxPoints);
        });

        Assert.Equal([.. Enumerable.Repeat(((decimal)threshold, (decimal)maxPoints), BuiltInRuleSets.Ids.Count)], figures.ToArray());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void R7_R8_bands_and_association_types_of_the_paths(string id)
    {
        var rules = TestRuleSets.Find(id);

        Assert.Equal(
            [(PathName.Enterprise, new Band(300, Prelude.None), "CPOR DPOR", 100m), (PathName.SMB, new Band(10, 300L), "CPOR CSP", 100m)],
            rules.Paths.Map(p => (p.Path, p.Band, string.Join(" ", p.AssociationTypes), p.MaxTotal)).ToArray());
    }

    [Fact]
    public void R25_the_2022_set_lists_the_seed_workloads()
    {
        Assert.Equal(
            ["Intune", "Exchange", "Microsoft 365 Apps", "SharePoint", "Teams", "Teams Calling", "Teams Meetings", "Teams Phone", "Teams Platform", "Yammer"],
            BuiltInRuleSets.Default.Workloads.Entries.Map(e => e.Name).ToArray());
    }

    [Fact]
    public void R25_the_2023_set_adds_the_Viva_workloads()
    {
        var added = TestRuleSets.Find("modern-work-2023").Workloads.Entries.Map(e => e.Name).Except(BuiltInRuleSets.Default.Workloads.Entries.Map(e => e.Name));

        Assert.Equal(["Viva Insights", "Viva Topics", "Viva Learning", "Viva Connections"], added.ToArray());
    }
}
