using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Report;

/// <summary>Partner scores written out by hand, for rendering tests that need an exact gap (R23) rather than one the scorer derives.</summary>
public static class ScoreBuilder
{
    /// <summary>
    /// A metric with its points and R23 Δ; max points as in the built-in sets. The threshold is 100 ×
    /// the maximum, so one unit of value is one hundredth of a point and the value is points × 100 (R9).
    /// </summary>
    public static MetricScore Scored(Metric metric, decimal points, Option<long> extra) =>
        new(metric, (long)(points * 100), MaxPoints(metric) * 100, points, MaxPoints(metric), None, Seq<TypeScore>(), extra);

    /// <summary>A path from its five metrics: total, R21 qualification and R23's points to qualify, as the core computes them.</summary>
    public static PathScore PathOf(PathName path, params MetricScore[] metrics)
    {
        var total = metrics.Sum(m => m.Points);
        var below = toSeq(metrics.Where(m => m.Points < 1).Select(m => m.Metric));
        return new PathScore(path, toSeq(metrics), total, total >= 70 && below.IsEmpty, Math.Max(0, 70 - total), below);
    }

    /// <summary>A partner reported on Enterprise, with a zero SMB path.</summary>
    public static PartnerScore Partner(string id, PathScore enterprise, string name = "") =>
        new(id, name, PathName.Enterprise, enterprise.Qualified, Seq(enterprise, Zero(PathName.SMB)));

    /// <summary>A partner whose Enterprise path earns <paramref name="total"/> over two metrics, the others at max or 0.</summary>
    public static PartnerScore WithTotal(string id, decimal total) =>
        Partner(id, PathOf(
            PathName.Enterprise,
            Scored(Metric.NetCustomerAdds, 20, None),
            Scored(Metric.IntermediateCertifications, 10, None),
            Scored(Metric.AdvancedCertifications, 15, None),
            Scored(Metric.UsageGrowth, Math.Min(30, total - 45 - 1), None),
            Scored(Metric.Deployments, 1 + Math.Max(0, total - 45 - 1 - 30), None)));

    public static PathScore Zero(PathName path) =>
        PathOf(path, [.. Metrics.All.Map(m => Scored(m, 0, None))]);

    private static decimal MaxPoints(Metric metric) => metric switch
    {
        Metric.NetCustomerAdds => 20,
        Metric.IntermediateCertifications => 10,
        Metric.AdvancedCertifications => 15,
        Metric.UsageGrowth => 30,
        _ => 25,
    };
}
