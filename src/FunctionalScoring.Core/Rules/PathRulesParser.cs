using FunctionalScoring.Core.Domain;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Rules;

/// <summary>Parses one entry of a rule set's <c>paths</c>: band, association types and the five metrics.</summary>
internal static class PathRulesParser
{
    public static Validation<RuleSetError, PathRules> Parse(JsonField field) =>
        (field.Property("name").Bind(f => f.Enum<PathName>()),
         field.Property("band").Bind(Band),
         field.Property("associationTypes").Bind(f => f.Each(t => t.Enum<AssociationType>())))
        .Apply((name, band, types) => (name, band, types))
        .Bind(p => field.Property("metrics").Bind(m => MetricsOf(m, p.types))
            .Map(metrics => new PathRules(p.name, p.band, p.types, metrics)));

    /// <summary>R7: whole PAU edges, the upper one (if any) above the lower one: an empty band would credit nothing.</summary>
    private static Validation<RuleSetError, Band> Band(JsonField field) =>
        (field.Property("above").Bind(RuleSetNumbers.BandEdge),
         field.OptionalProperty("upTo").Match(f => RuleSetNumbers.BandEdge(f).Map(Some), () => Success<RuleSetError, Option<long>>(None)))
        .Apply((above, upTo) => (above, upTo))
        .Bind(edges => edges.upTo.Exists(max => max <= edges.above)
            ? Fail<RuleSetError, Band>(new RuleSetError(
                $"{field.Path}.upTo", $"must be greater than above ({edges.above}): the band {new Band(edges.above, edges.upTo)} is empty"))
            : Success<RuleSetError, Band>(new Band(edges.above, edges.upTo)));

    private static Validation<RuleSetError, Map<Metric, MetricRule>> MetricsOf(JsonField field, Seq<AssociationType> types) =>
        Metrics.All
            .Map(metric => field.Property(JsonName(metric)).Bind(f => MetricRuleOf(f, metric, types)))
            .Traverse(x => x)
            .Map(rules => toMap(rules.Map(r => (r.Metric, r))));

    private static Validation<RuleSetError, MetricRule> MetricRuleOf(JsonField field, Metric metric, Seq<AssociationType> types) =>
        metric.IsPerAssociationType()
            ? (field.Property("maxPoints").Bind(RuleSetNumbers.Maximum),
               field.Property("thresholds").Bind(f => ThresholdsByType(f, types)))
                .Apply((max, thresholds) => new MetricRule(metric, max, thresholds, 0m))
            : (field.Property("maxPoints").Bind(RuleSetNumbers.Maximum),
               field.Property("threshold").Bind(RuleSetNumbers.Threshold))
                .Apply((max, threshold) => new MetricRule(metric, max, Map<AssociationType, decimal>(), threshold));

    /// <summary>R16, R19: one threshold for each association type of the path, and no other.</summary>
    private static Validation<RuleSetError, Map<AssociationType, decimal>> ThresholdsByType(JsonField field, Seq<AssociationType> types) =>
        types
            .Map(type => field.Property(type.ToString()).Bind(RuleSetNumbers.Threshold).Map(value => (type, value)))
            .Traverse(x => x)
            .Map(pairs => toMap(pairs));

    private static string JsonName(Metric metric) => char.ToLowerInvariant(metric.ToString()[0]) + metric.ToString()[1..];
}
