using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using LanguageExt;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>Builds a <see cref="MetricScore"/> from a measured value (R9), or from per-type values by R14's best-type rule.</summary>
public static class MetricScores
{
    /// <summary>A metric with a single threshold.</summary>
    public static MetricScore Single(MetricRule rule, long value) =>
        new(rule.Metric, value, rule.Threshold, Points.Of(value, rule.Threshold, rule.MaxPoints), rule.MaxPoints, Prelude.None, Seq<TypeScore>.Empty, Prelude.None);

    /// <summary>The score of one type's value, with that type's threshold.</summary>
    public static TypeScore OfType(MetricRule rule, AssociationType type, long value)
    {
        var threshold = rule.ThresholdFor(type);
        return new TypeScore(type, value, threshold, Points.Of(value, threshold, rule.MaxPoints));
    }

    /// <summary>
    /// R14: the type that earns the most rounded points wins, ties to the type listed first; the
    /// metric reports that type's value even when negative. Types are never summed.
    /// </summary>
    public static MetricScore BestOf(MetricRule rule, Seq<TypeScore> byType)
    {
        var best = Best(byType);
        return new MetricScore(rule.Metric, best.Value, best.Threshold, best.Points, rule.MaxPoints, best.Type, byType, Prelude.None);
    }

    /// <summary>R14, R19: a per-type metric of one path, each type's value measured by <paramref name="valueThrough"/>, the best type winning.</summary>
    public static MetricScore PerType(PathRules path, Metric metric, Func<AssociationType, long> valueThrough)
    {
        var rule = path.Rule(metric);
        return BestOf(rule, path.AssociationTypes.Map(type => OfType(rule, type, valueThrough(type))).Strict());
    }

    /// <summary>R14's choice among types given in the path's order: a later type wins only with strictly more points.</summary>
    public static TypeScore Best(Seq<TypeScore> byType) =>
        byType.Tail.Fold(byType.Head, (best, next) => next.Points > best.Points ? next : best);
}
