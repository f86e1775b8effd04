using FunctionalScoring.Core.Domain;
using LanguageExt;

namespace FunctionalScoring.Core.Results;

/// <summary>R14, R19: a per-type metric's value and points through one association type.</summary>
public sealed record TypeScore(AssociationType Type, long Value, decimal Threshold, decimal Points);

/// <summary>
/// One metric of one path: the measured value, the threshold and points it earned (R9), the
/// winning type for the per-type metrics (R14), and R23's <c>ExtraToClose</c> (None: no increase
/// of this metric alone can qualify the path). The rows behind the value are not carried here:
/// <see cref="Evaluation.PartnerEvidence"/> makes them when asked.
/// </summary>
public sealed record MetricScore(
    Metric Metric,
    long Value,
    decimal Threshold,
    decimal Points,
    decimal MaxPoints,
    Option<AssociationType> Via,
    Seq<TypeScore> ByType,
    Option<long> ExtraToClose);

/// <summary>R20–R23: one path's metrics, total, qualification and gap.</summary>
public sealed record PathScore(PathName Path, Seq<MetricScore> Metrics, decimal Total, bool Qualified, decimal PointsToQualify, Seq<Metric> BelowMinimum)
{
    public MetricScore Metric(Metric metric) => Metrics.Find(m => m.Metric == metric).IfNone(() => throw new ArgumentException($"no {metric}"));
}

/// <summary>R22: a partner's result on both paths and the path it is reported on.</summary>
public sealed record PartnerScore(string PartnerId, string PartnerName, PathName ReportedPath, bool Qualified, Seq<PathScore> Paths)
{
    public PathScore Path(PathName path) => Paths.Find(p => p.Path == path).IfNone(() => throw new ArgumentException($"no {path}"));

    public PathScore Reported => Path(ReportedPath);
}
