using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.History;

/// <summary>R31: one path of one partner as of one month — its total, whether it qualifies, and each metric's points in <see cref="Metrics.All"/> order.</summary>
public sealed record PathMonth(PathName Path, decimal Total, bool Qualified, Seq<decimal> Points)
{
    public decimal PointsOf(Metric metric) => Points[(int)metric];
}

/// <summary>R30, R31: a partner's result as of one month, small enough to keep for every month of a history.</summary>
public sealed record PartnerMonth(string PartnerId, Month AsOf, PathName ReportedPath, bool Qualified, Seq<PathMonth> Paths)
{
    public PathMonth Path(PathName path) => Paths.Find(p => p.Path == path).IfNone(() => throw new ArgumentException($"no {path}"));

    public PathMonth Reported => Path(ReportedPath);

    /// <summary>The figures of a full score that a history keeps.</summary>
    public static PartnerMonth Of(Month asOf, PartnerScore score) =>
        new(score.PartnerId, asOf, score.ReportedPath, score.Qualified, score.Paths.Map(p => new PathMonth(
            p.Path, p.Total, p.Qualified, Metrics.All.Map(m => p.Metric(m).Points).Strict())).Strict());
}
