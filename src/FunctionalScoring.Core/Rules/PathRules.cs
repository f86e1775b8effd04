using FunctionalScoring.Core.Domain;
using LanguageExt;

namespace FunctionalScoring.Core.Rules;

/// <summary>One path of a rule set: its band (R7), its association types in priority order (R8, R14) and its five metrics.</summary>
public sealed record PathRules(PathName Path, Band Band, Seq<AssociationType> AssociationTypes, Map<Metric, MetricRule> Metrics)
{
    public MetricRule Rule(Metric metric) => Metrics[metric];

    /// <summary>The maximum total of the path (R20: 100 in the built-in sets).</summary>
    public decimal MaxTotal => Metrics.Values.Sum(rule => rule.MaxPoints);
}
