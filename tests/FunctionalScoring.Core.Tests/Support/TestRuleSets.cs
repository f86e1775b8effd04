using System.Text.Json.Nodes;
using FunctionalScoring.Core.Rules;
using LanguageExt;
using Xunit.Sdk;

namespace FunctionalScoring.Core.Tests.Support;

/// <summary>Built-in rule sets and edited copies of their documents (R25: a rule set is data).</summary>
public static class TestRuleSets
{
    private static readonly Map<string, RuleSet> BuiltIn =
        BuiltInRuleSets.Ids.Map(id => (id, BuiltInRuleSets.Find(id).IfNone(() => throw new XunitException($"no built-in rule set {id}")))).ToMap();

    /// <summary>The default set, parsed once for the whole suite.</summary>
    public static RuleSet Default => Find(BuiltInRuleSets.DefaultId);

    /// <summary>A built-in set, parsed once for the whole suite.</summary>
    public static RuleSet Find(string id) =>
        BuiltIn.Find(id).IfNone(() => throw new XunitException($"no built-in rule set {id}"));

    /// <summary>A built-in document as a JSON tree to edit.</summary>
    public static JsonNode Document(string id) =>
        JsonNode.Parse(BuiltInRuleSets.Document(id).IfNone(() => throw new XunitException($"no built-in rule set {id}")))!;

    /// <summary>Parses a built-in document after an edit; a refused document fails the test.</summary>
    public static RuleSet Edited(string id, Action<JsonNode> edit)
    {
        var document = Document(id);
        edit(document);
        return RuleSetParser.Parse(document.ToJsonString()).Match(
            Succ: rules => rules,
            Fail: errors => throw new XunitException($"the edited rule set was refused: {string.Join("; ", errors)}"));
    }

    /// <summary>R17 with <c>deploymentComparison: AtLeast</c>.</summary>
    public static RuleSet AtLeast(string id = BuiltInRuleSets.DefaultId) =>
        Edited(id, document => document["parameters"]!["deploymentComparison"] = "AtLeast");

    /// <summary>The errors a document is refused with (none when it parses).</summary>
    public static Seq<RuleSetError> ErrorsOf(string json) => RuleSetParser.Parse(json).FailToSeq();
}
