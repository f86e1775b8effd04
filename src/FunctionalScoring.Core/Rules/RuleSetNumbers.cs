using FunctionalScoring.Core.Validation;
using LanguageExt;

namespace FunctionalScoring.Core.Rules;

/// <summary>
/// R25 (docs/readings.md, "R25: numbers a rule set may hold"): the ranges in which a rule set's numbers
/// keep every computation of the rules exact — sums of units in int64 (R28's limit), points in decimal and
/// in the DECIMAL(9,2) outputs, R23's Δ in int64.
/// </summary>
internal static class RuleSetNumbers
{
    public const decimal MaxPoints = 1_000m;

    public static Validation<RuleSetError, decimal> Threshold(JsonField field) =>
        field.Number("a positive number at most 4,294,967,295", value => value > 0 && value <= UnitLimit.Max);

    public static Validation<RuleSetError, decimal> Maximum(JsonField field) =>
        field.Number("a positive number at most 1,000", value => value > 0 && value <= MaxPoints);

    /// <summary>R7: a band edge is a PAU, a whole number a usage row may hold.</summary>
    public static Validation<RuleSetError, long> BandEdge(JsonField field) =>
        field.Number("a whole number from 0 to 4,294,967,295", value => value >= 0 && value <= UnitLimit.Max && value == decimal.Truncate(value))
            .Map(value => (long)value);

    /// <summary>R17: MAU is compared with ratio × PAU; outside this range the comparison means nothing.</summary>
    public static Validation<RuleSetError, decimal> DeploymentRatio(JsonField field) =>
        field.Number("a number from 0.0001 to 1,000", value => value >= 0.0001m && value <= 1000m);
}
