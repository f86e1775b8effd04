using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Results;
using LanguageExt;

namespace FunctionalScoring.Core.WhatIf;

/// <summary>One metric of one path, before and after.</summary>
public sealed record MetricComparison(Metric Metric, MetricScore Before, MetricScore After)
{
    /// <summary>The change of the reported value (for per-type metrics, of the winning type's value, R14).</summary>
    public long ValueChange => After.Value - Before.Value;

    public decimal PointsChange => After.Points - Before.Points;
}

/// <summary>One path, before and after: totals, qualification (R20, R21) and every metric.</summary>
public sealed record PathComparison(PathName Path, PathScore Before, PathScore After, Seq<MetricComparison> Metrics)
{
    public decimal TotalChange => After.Total - Before.Total;

    public bool Flips => Before.Qualified != After.Qualified;
}

/// <summary>
/// A partner's score before and after a change (a scenario, another rule set), path by path and metric
/// by metric; on a side under a qualification window longer than one month, its window status (R32).
/// </summary>
public sealed record Comparison(PartnerScore Before, PartnerScore After, Seq<PathComparison> Paths, Option<WindowStatus> WindowBefore = default, Option<WindowStatus> WindowAfter = default)
{
    public string PartnerId => After.PartnerId;

    /// <summary>Holds the designation before: qualified in the window on a side that has one (R32), R22's <c>qualified</c> otherwise.</summary>
    public bool HeldBefore => WindowBefore.Match(w => w.QualifiedInWindow, () => Before.Qualified);

    public bool HeldAfter => WindowAfter.Match(w => w.QualifiedInWindow, () => After.Qualified);

    /// <summary>R22, R32: whether the partner holds the designation changes.</summary>
    public bool Flips => HeldBefore != HeldAfter;

    public bool Gains => !HeldBefore && HeldAfter;

    public bool Loses => HeldBefore && !HeldAfter;

    /// <summary>Some metric's points change on some path.</summary>
    public bool PointsChange => Paths.Exists(p => p.Metrics.Exists(m => m.PointsChange != 0));

    /// <summary>Pairs the paths and metrics of two scores of the same partner (paths in the order of <paramref name="after"/>).</summary>
    public static Comparison Of(PartnerScore before, PartnerScore after) =>
        new(before, after, after.Paths.Map(path =>
        {
            var old = before.Path(path.Path);
            return new PathComparison(path.Path, old, path, path.Metrics.Map(m => new MetricComparison(m.Metric, old.Metric(m.Metric), m)));
        }));
}
