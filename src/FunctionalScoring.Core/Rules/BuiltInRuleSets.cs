using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Rules;

/// <summary>R25: the rule sets shipped with the library, embedded as JSON resources.</summary>
public static class BuiltInRuleSets
{
    /// <summary>The default rule set (R25).</summary>
    public const string DefaultId = "modern-work-2022";

    /// <summary>Ids of the built-in sets, oldest first.</summary>
    public static readonly Seq<string> Ids = Seq("modern-work-2022", "modern-work-2023", "modern-work-2023-09");

    /// <summary>The JSON text of a built-in set.</summary>
    public static Option<string> Document(string id)
    {
        using var stream = typeof(BuiltInRuleSets).Assembly.GetManifestResourceStream($"FunctionalScoring.RuleSets.{id}.json");
        if (stream is null)
        {
            return None;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A built-in set, parsed once. Built-in documents are tested to parse, so a failure here is a packaging bug.</summary>
    public static Option<RuleSet> Find(string id) => Parsed.Value.Find(id);

    public static RuleSet Default => Find(DefaultId).IfNone(() => throw new InvalidOperationException("default rule set missing"));

    // Immutable values parsed on first use: the same for every caller, so caching changes no result.
    private static readonly Lazy<Map<string, RuleSet>> Parsed = new(() => toMap(Ids.Map(id => (id, Parse(id)))));

    private static RuleSet Parse(string id) =>
        Document(id).Map(json => RuleSetParser.Parse(json).Match(
            set => set,
            errors => throw new InvalidOperationException($"built-in rule set {id} is invalid: {string.Join("; ", errors)}")))
        .IfNone(() => throw new InvalidOperationException($"built-in rule set {id} is not embedded"));
}
