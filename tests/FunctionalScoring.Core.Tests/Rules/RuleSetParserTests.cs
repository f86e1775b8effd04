using System.Text.Json.Nodes;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using LanguageExt;

namespace FunctionalScoring.Core.Tests.Rules;

public class RuleSetParserTests
{
    /// <summary>
    /// R25: a refused document names the field at fault as a path from the document's root, as
    /// <see cref="RuleSetError"/> documents it (<c>paths[1].band.above</c>).
    /// </summary>
    [Fact]
    public void A_missing_threshold_is_named_by_its_path()
    {
        var errors = ErrorsAfter(document => document["paths"]![1]!["metrics"]!["usageGrowth"]!["thresholds"]!.AsObject().Remove("CSP"));

        Assert.Equal([RuleSetError.Missing("paths[1].metrics.usageGrowth.thresholds.CSP")], errors.ToArray());
    }

    /// <summary>Every kind of fault names its field exactly, and only that field.</summary>
    [Theory]
    [InlineData("parameters.deploymentComparison", "\"Sometimes\"")]
    [InlineData("parameters.lostPairs", "\"Keep\"")]
    [InlineData("paths[0].name", "\"Corporate\"")]
    [InlineData("paths[1].associationTypes[1]", "\"VAR\"")]
    [InlineData("associationTypes[2].name", "\"XPOR\"")]
    [InlineData("paths[0].metrics.netCustomerAdds.threshold", "-5")]
    [InlineData("paths[1].metrics.deployments.maxPoints", "\"25\"")]
    [InlineData("paths[0].band.above", "\"300\"")]
    [InlineData("effectiveDate", "\"1 April 2022\"")]
    [InlineData("id", "\"  \"")]
    public void A_malformed_field_is_named_by_its_path(string field, string json)
    {
        var errors = ErrorsAfter(document => Replace(document, field, JsonNode.Parse(json)));

        Assert.Equal([field], errors.Map(e => e.Field).ToArray());
    }

    /// <summary>
    /// R25 (docs/readings.md, "R25: numbers a rule set may hold"): numbers the rules cannot evaluate
    /// exactly are refused with the field and the range they must lie in, never truncated or overflowed.
    /// </summary>
    [Theory]
    [InlineData("paths[0].band.above", "-1", "must be a whole number from 0 to 4,294,967,295")]
    [InlineData("paths[1].band.above", "10.5", "must be a whole number from 0 to 4,294,967,295")]
    [InlineData("paths[0].band.above", "1e30", "must be a whole number from 0 to 4,294,967,295")]
    [InlineData("paths[1].band.upTo", "-300", "must be a whole number from 0 to 4,294,967,295")]
    [InlineData("paths[1].band.upTo", "4294967296", "must be a whole number from 0 to 4,294,967,295")]
    [InlineData("paths[1].band.upTo", "10", "must be greater than above (10): the band 10 < PAU ≤ 10 is empty")]
    [InlineData("paths[1].band.upTo", "5", "must be greater than above (10): the band 10 < PAU ≤ 5 is empty")]
    [InlineData("paths[0].metrics.netCustomerAdds.threshold", "0", "must be a positive number at most 4,294,967,295")]
    [InlineData("paths[0].metrics.netCustomerAdds.threshold", "4294967296", "must be a positive number at most 4,294,967,295")]
    [InlineData("paths[1].metrics.usageGrowth.thresholds.CSP", "1e20", "must be a positive number at most 4,294,967,295")]
    [InlineData("paths[1].metrics.deployments.maxPoints", "0", "must be a positive number at most 1,000")]
    [InlineData("paths[1].metrics.deployments.maxPoints", "1000.01", "must be a positive number at most 1,000")]
    [InlineData("parameters.deploymentRatio", "0.00001", "must be a number from 0.0001 to 1,000")]
    [InlineData("parameters.deploymentRatio", "1e10", "must be a number from 0.0001 to 1,000")]
    [InlineData("parameters.qualifyingTotal", "0", "must be a positive number")]
    public void A_number_out_of_its_range_is_refused_with_the_range(string field, string json, string problem)
    {
        var errors = ErrorsAfter(document => Replace(document, field, JsonNode.Parse(json)));

        Assert.Equal([new RuleSetError(field, problem)], errors.ToArray());
    }

    /// <summary>R7: one PAU places a pair in at most one path's band; overlapping bands are refused, naming both.</summary>
    [Theory]
    [InlineData("paths[1].band.upTo", "301", "paths[1].band", "10 < PAU ≤ 301 overlaps paths[0].band (PAU > 300)")]
    [InlineData("paths[0].band.above", "299", "paths[1].band", "10 < PAU ≤ 300 overlaps paths[0].band (PAU > 299)")]
    [InlineData("paths[0].band.above", "0", "paths[1].band", "10 < PAU ≤ 300 overlaps paths[0].band (PAU > 0)")]
    public void Overlapping_bands_are_refused_naming_both(string field, string json, string named, string problem)
    {
        var errors = ErrorsAfter(document => Replace(document, field, JsonNode.Parse(json)));

        Assert.Equal([new RuleSetError(named, problem)], errors.ToArray());
    }

    [Fact]
    public void Bands_that_touch_without_overlapping_are_accepted()
    {
        var rules = TestRuleSets.Edited(BuiltInRuleSets.DefaultId, document => document["paths"]![1]!["band"]!["above"] = 0);

        Assert.Equal(new Band(0, 300L), rules.Path(PathName.SMB).Band);
    }

    /// <summary>
    /// A parameter or path name is one of its names: "1" is not a name of DeploymentComparison,
    /// yet Enum.TryParse reads it as AtLeast, and "1" as the second path's name reads as SMB.
    /// </summary>
    [Theory]
    [InlineData("parameters.deploymentComparison", "\"1\"")]
    [InlineData("paths[1].name", "\"1\"")]
    public void An_enum_value_given_as_a_number_is_refused(string field, string json)
    {
        var errors = ErrorsAfter(document => Replace(document, field, JsonNode.Parse(json)));

        Assert.Equal([field], errors.Map(e => e.Field).ToArray());
    }

    [Fact]
    public void Errors_accumulate_across_fields()
    {
        var errors = ErrorsAfter(document =>
        {
            document.AsObject().Remove("title");
            document["parameters"]!["deploymentRatio"] = -0.4;
        });

        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void A_document_that_is_not_JSON_is_refused_as_a_whole()
    {
        var errors = TestRuleSets.ErrorsOf("{ \"id\": \"modern-work-2022\", ");

        Assert.Equal(["$"], errors.Map(e => e.Field).ToArray());
        Assert.StartsWith("is not valid JSON", errors.Head.Problem);
    }

    [Fact]
    public void Parameters_are_optional_and_default_to_RULES()
    {
        var rules = TestRuleSets.Edited(BuiltInRuleSets.DefaultId, document => document.AsObject().Remove("parameters"));

        Assert.Equal(Parameters.Default, rules.Parameters);
    }

    [Fact]
    public void An_edited_threshold_is_read_from_the_document()
    {
        var rules = TestRuleSets.Edited(BuiltInRuleSets.DefaultId, document => document["paths"]![1]!["metrics"]!["netCustomerAdds"]!["threshold"] = 8);

        Assert.Equal(8m, rules.Path(PathName.SMB).Rule(Metric.NetCustomerAdds).Threshold);
    }

    private static Seq<RuleSetError> ErrorsAfter(Action<JsonNode> edit)
    {
        var document = TestRuleSets.Document(BuiltInRuleSets.DefaultId);
        edit(document);
        return TestRuleSets.ErrorsOf(document.ToJsonString());
    }

    /// <summary>Sets the node at a path such as <c>paths[1].associationTypes[1]</c>.</summary>
    private static void Replace(JsonNode document, string path, JsonNode? value)
    {
        var steps = path.Replace("[", ".[").Split('.');
        var node = document;
        foreach (var step in steps[..^1])
        {
            node = step.StartsWith('[') ? node[int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : node[step]!;
        }

        var last = steps[^1];
        if (last.StartsWith('['))
        {
            node[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            node[last] = value;
        }
    }
}
