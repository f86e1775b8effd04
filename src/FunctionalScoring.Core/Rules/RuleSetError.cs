namespace FunctionalScoring.Core.Rules;

/// <summary>Why a rule-set document was refused, naming the field (a JSON path such as <c>paths[1].band.above</c>).</summary>
public sealed record RuleSetError(string Field, string Problem)
{
    public static RuleSetError Missing(string field) => new(field, "is missing");

    public static RuleSetError WrongKind(string field, string expected) => new(field, $"must be {expected}");

    public static RuleSetError Unknown(string field, string value, string allowed) => new(field, $"'{value}' is not one of {allowed}");

    public static RuleSetError NotJson(string message) => new("$", $"is not valid JSON: {message}");

    public override string ToString() => $"{Field} {Problem}";
}
