using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.WhatIf;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Tests.WhatIf;

public class ScenarioParserTests
{
    private const string Everything = """
        {
          "description": "every kind of fact",
          "asOf": "2025-05",
          "rules": "modern-work-2023",
          "removeTenants": [{ "tenantId": "T9" }],
          "removeAssociations": [{ "tenantId": "T1", "workload": "Teams", "type": "CPOR", "endedOn": "2025-03-31" }, { "tenantId": "T2" }],
          "removePersons": [{ "personId": "A" }, { "personId": "B", "certifications": ["MS-700"] }],
          "addTenants": [{ "tenantId": "HYP-1", "workload": "Teams", "type": "CPOR", "pau": 350, "mau": 200, "claimedOn": "2025-01-15", "mauAtClaim": 50, "mauAtBaseline": 0 }],
          "addAssociations": [{ "tenantId": "T3", "type": "DPOR", "associatedOn": "2024-01-01" }],
          "addPersons": [{ "personId": "Z", "certifications": ["MS-700", "Enterprise Administrator Expert"], "earnedOn": "2025-01-01" }],
          "setUsage": [{ "tenantId": "T1", "workload": "Teams", "month": "2025-06", "mau": 90 }]
        }
        """;

    [Fact]
    public void A_document_with_every_kind_of_fact_parses_into_the_scenario_it_says()
    {
        var expected = new Scenario(
            "every kind of fact",
            Month.Of(2025, 5),
            "modern-work-2023",
            Seq1(new TenantRemoval("T9")),
            Seq(new AssociationRemoval("T1", "Teams", "CPOR", new DateOnly(2025, 3, 31)), new AssociationRemoval("T2", None, None, None)),
            Seq(new PersonRemoval("A", Empty), new PersonRemoval("B", Seq1("MS-700"))),
            Seq1(new TenantAddition("HYP-1", "Teams", "CPOR", 350, 200, new DateOnly(2025, 1, 15), None, 50L, None, 0L)),
            Seq1(new AssociationAddition("T3", None, "DPOR", new DateOnly(2024, 1, 1), None)),
            Seq1(new PersonAddition("Z", Seq("MS-700", "Enterprise Administrator Expert"), new DateOnly(2025, 1, 1), None)),
            Seq1(new UsageChange("T1", "Teams", Month.Of(2025, 6), None, 90L)));

        Assert.Equal(expected, Parse(Everything));
    }

    [Fact]
    public void Writing_a_scenario_and_parsing_it_again_gives_the_same_scenario()
    {
        var scenario = Parse(Everything);

        Assert.Equal(scenario, Parse(ScenarioJson.Write(scenario)));
    }

    [Fact]
    public void An_empty_document_is_the_empty_scenario()
    {
        Assert.Equal(Scenario.Empty, Parse("{}"));
        Assert.Equal(Scenario.Empty, Parse(ScenarioJson.Write(Scenario.Empty)));
    }

    [Theory]
    [InlineData("""{ "addTenant": [] }""", "$.addTenant is not a scenario field")]
    [InlineData("""{ "addTenants": [{ "tenantId": "H", "workload": "Teams", "type": "CPOR", "pau": 1, "mauAtClam": 3 }] }""", "$.addTenants[0].mauAtClam is not a scenario field")]
    [InlineData("""{ "addTenants": [{ "workload": "Teams", "type": "CPOR", "pau": 1 }] }""", "$.addTenants[0].tenantId is missing")]
    [InlineData("""{ "addTenants": [{ "tenantId": "H", "workload": "Teams", "type": "CPOR", "pau": -1 }] }""", "$.addTenants[0].pau must be a whole number ≥ 0")]
    [InlineData("""{ "addTenants": [{ "tenantId": "H", "workload": "Teams", "type": "CPOR", "pau": 2.5 }] }""", "$.addTenants[0].pau must be a whole number ≥ 0")]
    [InlineData("""{ "addTenants": [{ "tenantId": "H", "workload": "Teams", "type": "CPOR", "pau": 1, "claimedOn": "15/01/2025" }] }""", "$.addTenants[0].claimedOn must be a date yyyy-MM-dd")]
    [InlineData("""{ "asOf": "June" }""", "$.asOf must be a month YYYY-MM")]
    [InlineData("""{ "setUsage": [{ "tenantId": "T1", "workload": "Teams", "month": "2025-06" }] }""", "$.setUsage[0] needs pau, mau or both")]
    [InlineData("""{ "addPersons": [{ "personId": "Z", "certifications": [] }] }""", "$.addPersons[0].certifications must be a non-empty array")]
    [InlineData("""{ "removeTenants": "T1" }""", "$.removeTenants must be an array")]
    [InlineData("""{ "addTenants": [ """, "$ is not valid JSON")]
    public void Every_problem_names_its_field(string json, string message)
    {
        var errors = ScenarioParser.Parse(json).FailToSeq().Map(e => e.ToString());

        Assert.Contains(errors, e => e.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_in_several_fields_are_all_reported()
    {
        var errors = ScenarioParser.Parse("""{ "asOf": "x", "addTenants": [{ "pau": "many" }], "setUsage": [{}] }""").FailToSeq().Map(e => e.Field).ToArray();

        Assert.Equal(
            ["$.asOf", "$.addTenants[0].tenantId", "$.addTenants[0].workload", "$.addTenants[0].type", "$.addTenants[0].pau", "$.setUsage[0].tenantId", "$.setUsage[0].workload", "$.setUsage[0].month"],
            errors);
    }

    private static Scenario Parse(string json) =>
        ScenarioParser.Parse(json).Match(s => s, errors => throw new Xunit.Sdk.XunitException(string.Join("; ", errors)));
}
