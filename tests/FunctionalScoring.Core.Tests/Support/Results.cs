using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Results;
using LanguageExt;
using Xunit.Sdk;

namespace FunctionalScoring.Core.Tests.Support;

/// <summary>Short ways into a run's results.</summary>
public static class Results
{
    public static PartnerScore Partner(this RunResult run, string partner) =>
        run.Partners.Find(p => p.PartnerId == partner).IfNone(() => throw new XunitException($"no result for partner {partner}"));

    public static MetricScore Metric(this RunResult run, string partner, PathName path, Metric metric) =>
        run.Partner(partner).Path(path).Metric(metric);

    /// <summary>The evidence rows of one partner, as <c>score</c> writes them.</summary>
    public static Seq<Evidence> Evidence(this RunResult run, string partner) =>
        PartnerEvidence.Of(run.Rules, run.Checked.Dataset, partner);

    /// <summary>The evidence rows of one metric of one path of one partner, of every type.</summary>
    public static Seq<Evidence> Evidence(this RunResult run, string partner, PathName path, Metric metric) =>
        run.Evidence(partner).Filter(e => e.Path == path && e.Metric == metric);

    /// <summary>The figures a reader of a metric sees: value and points.</summary>
    public static (long Value, decimal Points) Scored(this MetricScore score) => (score.Value, score.Points);

    /// <summary>A per-type metric's figures for each type, in the path's order (R14).</summary>
    /// <remarks>
    /// An array, never a Seq: a collection expression compared with a Seq becomes an empty Seq
    /// (Seq's Add returns a new Seq), and the assertion would pass whatever the values.
    /// </remarks>
    public static (AssociationType Type, long Value, decimal Points)[] PerType(this MetricScore score) =>
        score.ByType.Map(t => (t.Type, t.Value, t.Points)).ToArray();
}
