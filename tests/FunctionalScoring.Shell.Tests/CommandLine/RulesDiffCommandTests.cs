using System.Text.Json.Nodes;
using FunctionalScoring.Core.RuleDiff;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Tests.Conformance;
using FunctionalScoring.Shell.Tests.Parquet;
using Xunit.Sdk;

namespace FunctionalScoring.Shell.Tests.CommandLine;

public class RulesDiffCommandTests
{
    private static readonly string Dense = ConformanceCases.Data("dense");

    [Fact]
    public async Task A_rule_set_against_itself_differs_in_nothing_and_flips_no_one()
    {
        var (exit, output, _) = await CliRunner.RunAsync("rules", "diff", "modern-work-2022", "modern-work-2022", "--data", Dense);

        Assert.Equal(0, exit);
        Assert.Contains("No rule differs.", output);
        Assert.Contains("260 partners: 0 gain qualification, 0 lose it, 0 have metric points that move.", output);
    }

    /// <summary>The Enterprise intermediate threshold raised from 4 to 5 persons: that one rule, and exactly the partners it flips.</summary>
    [Fact]
    public async Task A_copy_with_one_threshold_changed_shows_that_rule_and_the_partners_it_flips()
    {
        using var folder = new TempFolder();
        var copy = folder.File("stricter.json");
        var document = JsonNode.Parse(BuiltInRuleSets.Document("modern-work-2022").IfNone(""))!;
        document["paths"]![0]!["metrics"]!["intermediateCertifications"]!["threshold"] = 5;
        await File.WriteAllTextAsync(copy, document.ToJsonString());
        var raw = (await DatasetLoader.LoadAsync(Dense)).Match(d => d.Raw, e => throw new XunitException(e.Message));
        var stricter = RuleSetParser.Parse(document.ToJsonString()).Match(r => r, e => throw new XunitException(string.Join("; ", e)));
        var expected = RuleSetComparison.Of(BuiltInRuleSets.Default, stricter, raw).IfLeft(e => throw new XunitException(e.Message));

        var (exit, output, _) = await CliRunner.RunAsync("rules", "diff", "modern-work-2022", copy, "--data", Dense, "--top", "1000");

        Assert.Equal(0, exit);
        Assert.Equal([new RuleChange("paths[Enterprise].metrics.intermediateCertifications.threshold", "4", "5")], expected.Rules.ToArray());
        Assert.Contains("Rules that differ (1)", output);
        Assert.Contains("paths[Enterprise].metrics.intermediateCertifications.threshold", output);
        Assert.NotEmpty(expected.Lost);
        Assert.Empty(expected.Gained);
        Assert.Contains($"{expected.Partners.Count} partners: 0 gain qualification, {expected.Lost.Count} lose it, {expected.Changed.Count} have metric points that move.", output);
        Assert.Contains($"Partners whose qualification flips ({expected.Lost.Count})", output);
        Assert.All(expected.Lost, c => Assert.Matches($"{c.PartnerId} .* loses", output));
    }

    [Fact]
    public async Task Without_data_only_the_rules_are_compared_and_an_unknown_set_is_an_input_error()
    {
        var (exit, output, _) = await CliRunner.RunAsync("rules", "diff", "modern-work-2022", "modern-work-2023");
        var (unknownExit, _, unknownErrors) = await CliRunner.RunAsync("rules", "diff", "modern-work-2022", "modern-work-1999");

        Assert.Equal(0, exit);
        Assert.Contains("workloads[Viva Insights]", output);
        Assert.DoesNotContain("partners:", output);
        Assert.Equal(1, unknownExit);
        Assert.Contains("unknown rule set 'modern-work-1999'", unknownErrors);
    }
}
