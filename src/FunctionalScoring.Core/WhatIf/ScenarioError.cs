using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Validation;
using LanguageExt;

namespace FunctionalScoring.Core.WhatIf;

/// <summary>Why a scenario was refused, naming the field (a JSON path such as <c>addTenants[0].pau</c>).</summary>
public sealed record ScenarioError(string Field, string Problem)
{
    public static ScenarioError Of(RuleSetError error) => new(error.Field, error.Problem);

    public static ScenarioError UnknownField(string field, string allowed) => new(field, $"is not a scenario field (expected one of {allowed})");

    public static ScenarioError NotEligible(string field, string workload, string rules) => new(field, $"'{workload}' is not an eligible workload of {rules}");

    public static ScenarioError UnknownType(string field, string type) => new(field, $"'{type}' is not an association type (CSP, CPOR, DPOR or an alias)");

    public static ScenarioError NotListed(string field, string certification, string rules) => new(field, $"'{certification}' is not a listed certification of {rules}");

    public static ScenarioError Conflict(string field, string problem) => new(field, problem);

    public override string ToString() => $"{Field} {Problem}";
}

/// <summary>Why a simulation could not run: the scenario is invalid, a rule set is unknown, or the run cannot start.</summary>
public abstract record WhatIfError
{
    private WhatIfError()
    {
    }

    /// <summary>Every problem of the scenario, each naming its field.</summary>
    public sealed record InvalidScenario(Seq<ScenarioError> Errors) : WhatIfError;

    /// <summary>The scenario's <c>rules</c> names no rule set the caller could resolve.</summary>
    public sealed record UnknownRuleSet(string Id) : WhatIfError;

    /// <summary>R2: no as-of month could be told.</summary>
    public sealed record CannotRun(RunError Error) : WhatIfError;

    public string Message => this switch
    {
        InvalidScenario e => "the scenario is invalid:\n  " + string.Join("\n  ", e.Errors),
        UnknownRuleSet e => $"the scenario's rules '{e.Id}' is not a built-in rule set ({string.Join(", ", BuiltInRuleSets.Ids)})",
        CannotRun e => e.Error.Message,
        _ => GetType().Name,
    };

    public override string ToString() => Message;
}
