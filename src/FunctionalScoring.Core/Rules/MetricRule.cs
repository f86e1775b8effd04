using FunctionalScoring.Core.Domain;
using LanguageExt;

namespace FunctionalScoring.Core.Rules;

/// <summary>
/// One metric of one path: its maximum points and its threshold, one per association type for the
/// per-type metrics (R16, R19) and a single one (keyed by no type) for the others.
/// </summary>
public sealed record MetricRule(Metric Metric, decimal MaxPoints, Map<AssociationType, decimal> ThresholdByType, decimal Threshold)
{
    /// <summary>R9: the threshold that applies to a value measured through <paramref name="via"/>.</summary>
    public decimal ThresholdFor(Option<AssociationType> via) =>
        via.Bind(ThresholdByType.Find).IfNone(Threshold);
}
