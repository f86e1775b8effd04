using System.Text.Json;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.WhatIf;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Planning;

/// <summary>
/// Parses a costs document: <c>{"tenant": 5, "person": 2, "user": 0.01, "deployment": 3}</c>.
/// Every field is optional (default 1) and must be a number ≥ 0 with at most two decimals, so that
/// every plan cost is exact in the DECIMAL(9,2) output.
/// </summary>
public static class CostsParser
{
    public static Validation<ScenarioError, Costs> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return Fail<ScenarioError, Costs>(new ScenarioError("$", $"is not valid JSON: {e.Message}"));
        }

        using (document)
        {
            var root = new JsonField(document.RootElement, "$");
            return root.Known("tenant", "person", "user", "deployment").Bind(_ =>
                (Cost(root, "tenant"), Cost(root, "person"), Cost(root, "user"), Cost(root, "deployment"))
                .Apply((tenant, person, user, deployment) => new Costs(tenant, person, user, deployment)))
                .MapFail(ScenarioError.Of);
        }
    }

    /// <summary>A cost given on the command line or in a file: ≥ 0, at most two decimals.</summary>
    public static bool IsValid(decimal cost) => cost >= 0 && decimal.Round(cost, 2) == cost;

    private static Validation<RuleSetError, decimal> Cost(JsonField root, string name) =>
        root.Optional(name, f => f.Number().Bind(value => IsValid(value)
            ? Success<RuleSetError, decimal>(value)
            : Fail<RuleSetError, decimal>(RuleSetError.WrongKind(f.Path, "a number ≥ 0 with at most two decimals"))))
        .Map(cost => cost.IfNone(1m));
}
