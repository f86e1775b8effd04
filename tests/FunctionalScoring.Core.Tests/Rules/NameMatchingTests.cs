using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using LanguageExt;
using static FunctionalScoring.Core.Tests.Support.TestWindow;

namespace FunctionalScoring.Core.Tests.Rules;

/// <summary>R6, R12, §1, §6: input spellings matched to a rule set's workloads, association types and certifications.</summary>
public class NameMatchingTests
{
    [Theory]
    [InlineData("modern-work-2022", "ProPlus", "Microsoft 365 Apps")]
    [InlineData("modern-work-2022", "office 365 proplus", "Microsoft 365 Apps")]
    [InlineData("modern-work-2022", " TEAMS\t", "Teams")]
    [InlineData("modern-work-2022", "\u00A0Exchange\r\n", "Exchange")]
    [InlineData("modern-work-2022", "Viva Insights", null)]
    [InlineData("modern-work-2022", "Teams Phone calling", null)]
    [InlineData("modern-work-2022", "Dynamics 365", null)]
    [InlineData("modern-work-2023", "Teams Phone calling", "Teams Calling")]
    [InlineData("modern-work-2023", "viva insights", "Viva Insights")]
    [InlineData("modern-work-2023", "Viva Connections", "Viva Connections")]
    public void R6_workloads_match_by_name_or_alias_ignoring_case_and_surrounding_white_space(string ruleSet, string spelling, string? workload)
    {
        var rules = TestRuleSets.Find(ruleSet);

        Assert.Equal(Prelude.Optional(workload), rules.Workload(spelling).Map(rules.Workloads.NameOf));
    }

    [Theory]
    [InlineData("CSP", AssociationType.CSP)]
    [InlineData("CSP Tier 1", AssociationType.CSP)]
    [InlineData("CSP Tier 2", AssociationType.CSP)]
    [InlineData("csp_t1", AssociationType.CSP)]
    [InlineData("CSP_T2", AssociationType.CSP)]
    [InlineData("\u00A0csp tier 2\t", AssociationType.CSP)]
    [InlineData(" \tcpor\u00A0\n", AssociationType.CPOR)]
    [InlineData("Dpor", AssociationType.DPOR)]
    [InlineData("CSP Tier 3", null)]
    [InlineData("CSP\u00A0Tier 2", null)] // a non-breaking space inside the name is not surrounding white space
    [InlineData("VAR", null)]
    public void R6_association_types_match_CSP_aliases_ignoring_case_and_surrounding_white_space(string spelling, AssociationType? type)
    {
        Assert.Equal(Prelude.Optional(type), BuiltInRuleSets.Default.AssociationType(spelling));
    }

    [Theory]
    [InlineData("modern-work-2022", "MS-700", "Microsoft 365 Certified: Teams Administrator Associate")]
    [InlineData("modern-work-2022", "ms-203", "Microsoft 365 Certified: Messaging Administrator Associate")]
    [InlineData("modern-work-2022", "MS-900", "Microsoft 365 Certified: Fundamentals")]
    [InlineData("modern-work-2022", "MS-600", "Microsoft 365 Certified: Developer Associate")]
    [InlineData("modern-work-2022", "Microsoft 365 Fundamentals", "Microsoft 365 Certified: Fundamentals")]
    [InlineData("modern-work-2022", "Managing Modern Desktops", "Microsoft 365 Certified: Modern Desktop Administrator Associate")]
    [InlineData("modern-work-2022", "Teams Administrator Associate", "Microsoft 365 Certified: Teams Administrator Associate")]
    [InlineData("modern-work-2022", " enterprise administrator expert\u00A0", "Microsoft 365 Certified: Enterprise Administrator Expert")]
    [InlineData("modern-work-2022", "MD-100", null)] // two-exam certifications have no code alias
    [InlineData("modern-work-2022", "Endpoint Administrator Associate", null)]
    [InlineData("modern-work-2023", "MS-600", "Microsoft 365 Certified: Teams Application Developer Associate")]
    [InlineData("modern-work-2023", "Managing Modern Desktops", "Microsoft 365 Certified: Endpoint Administrator Associate")]
    [InlineData("modern-work-2023", "Microsoft 365 Certified: Modern Desktop Administrator Associate", "Microsoft 365 Certified: Endpoint Administrator Associate")]
    [InlineData("modern-work-2023", "Modern Desktop Administrator Associate", "Microsoft 365 Certified: Endpoint Administrator Associate")]
    [InlineData("modern-work-2023", "Identity and Access Administrator Associate", "Microsoft Certified: Identity and Access Administrator Associate")]
    [InlineData("modern-work-2023", "Developer Associate", null)] // not on the 2023 list
    [InlineData("modern-work-2023", "Microsoft 365 Certified: Developer Associate", null)]
    public void R12_certifications_match_by_name_code_alias_or_name_without_its_prefix(string ruleSet, string spelling, string? certification)
    {
        var rules = TestRuleSets.Find(ruleSet);

        Assert.Equal(Prelude.Optional(certification), rules.Certification(spelling).Map(rules.Certifications.NameOf));
    }

    [Theory]
    [InlineData("modern-work-2022", "Microsoft 365 Certified: Enterprise Administrator Expert", CertificationLevel.Advanced)]
    [InlineData("modern-work-2022", "MS-700", CertificationLevel.Intermediate)]
    [InlineData("modern-work-2023", "Enterprise Administrator Expert", CertificationLevel.Advanced)]
    [InlineData("modern-work-2023", "MS-600", CertificationLevel.Intermediate)]
    public void R12_each_listed_certification_feeds_its_level(string ruleSet, string spelling, CertificationLevel level)
    {
        var rules = TestRuleSets.Find(ruleSet);

        Assert.Equal(Prelude.Some(level), rules.Certification(spelling).Map(rules.LevelOf));
    }

    /// <summary>R6 through the whole run: aliased spellings of type and workloads credit the pair.</summary>
    [Fact]
    public void R6_aliased_spellings_credit_pairs_through_the_whole_run()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "office 365 proplus", BDay, 50, 5), Row.Usage("T1", "Microsoft 365 Apps ", MDay, 50, 45))
            .With(Row.Association("P1", "T1", "\tProPlus", "\u00A0csp tier 2 ", LongAgo))
            .Run();

        Assert.Equal([(AssociationType.CPOR, 0L, 0.00m), (AssociationType.CSP, 40L, 0.60m)], run.Metric("P1", PathName.SMB, Metric.UsageGrowth).PerType());
    }

    [Fact]
    public void R6_tenant_ids_match_exactly()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, 50, 5))
            .With(Row.Association("P1", "t1", null, "CPOR", LongAgo), Row.Association("P2", "T1 ", null, "CPOR", LongAgo))
            .Run();

        Assert.Equal((0L, 0L), (run.Metric("P1", PathName.SMB, Metric.NetCustomerAdds).Value, run.Metric("P2", PathName.SMB, Metric.NetCustomerAdds).Value));
    }

    [Fact]
    public void Partner_ids_match_exactly_even_when_they_differ_only_by_characters_a_culture_ignores()
    {
        // A soft hyphen is ignored by culture-aware comparison: "P1" and "P\u00AD1" are still two partners.
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, 50, 5), Row.Usage("T2", "Teams", MDay, 50, 5))
            .With(Row.Association("P1", "T1", null, "CPOR", LongAgo), Row.Association("P\u00AD1", "T2", null, "CPOR", LongAgo),
                Row.Association("P\u00AD1", "T1", null, "CPOR", LongAgo))
            .Run();

        Assert.Equal((1L, 2L), (run.Metric("P1", PathName.SMB, Metric.NetCustomerAdds).Value, run.Metric("P\u00AD1", PathName.SMB, Metric.NetCustomerAdds).Value));
    }
}
