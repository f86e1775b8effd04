using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using LanguageExt;

namespace FunctionalScoring.Shell.Report;

/// <summary>One line of the qualification summary: a path (or "any path") and how its partners fare.</summary>
public sealed record PathSummary(string Label, int Partners, int Qualified, int ReportedOn, decimal AverageTotal);

/// <summary>A view of the partners the report charts: every path, or one, or each partner's reported path (R22).</summary>
public sealed record PathView(string Id, string Label, Func<PartnerScore, PathScore> Pick);

/// <summary>The numbers behind the report's sections, computed from the scores alone: pure, no markup.</summary>
public static class ReportFigures
{
    /// <summary>The reported path (R22) and each path in rule-set order.</summary>
    public static Seq<PathView> Views(Seq<PathName> paths) =>
        Prelude.Seq1(new PathView("reported", "Reported path", p => p.Reported))
        + paths.Map(path => new PathView(path.ToString().ToLowerInvariant(), path.ToString(), p => p.Path(path)));

    /// <summary>R21, R22: qualified partners overall and per path, with how many are reported on each path.</summary>
    public static Seq<PathSummary> Summary(Seq<PartnerScore> partners, Seq<PathName> paths) =>
        Prelude.Seq1(new PathSummary("Any path (R22)", partners.Count, partners.Count(p => p.Qualified), partners.Count, Average(partners.Map(p => p.Reported.Total))))
        + paths.Map(path => new PathSummary(
            path.ToString(),
            partners.Count,
            partners.Count(p => p.Path(path).Qualified),
            partners.Count(p => p.ReportedPath == path),
            Average(partners.Map(p => p.Path(path).Total))));

    /// <summary>Each partner's total and qualification in one view, for a histogram.</summary>
    public static Seq<(decimal Total, bool Qualified)> Totals(Seq<PartnerScore> partners, PathView view) =>
        partners.Map(p => view.Pick(p)).Map(s => (s.Total, s.Qualified));

    /// <summary>The average points of each metric in one view, for a stacked bar.</summary>
    public static StackedRow Averages(Seq<PartnerScore> partners, PathView view)
    {
        var scores = partners.Map(view.Pick);
        return new StackedRow(view.Label, Metrics.All.Map(metric =>
        {
            var points = scores.Map(s => s.Metric(metric));
            return (metric, Math.Round(Average(points.Map(m => m.Points)), 2), points.Map(m => m.MaxPoints).DefaultIfEmpty(0m).Max());
        }));
    }

    /// <summary>Per metric and path, the partners earning 0 points in it.</summary>
    public static Seq<ZeroShare> AtZero(Seq<PartnerScore> partners, Seq<PathName> paths) =>
        Metrics.All.Bind(metric => paths.Map(path =>
            new ZeroShare(metric, path, partners.Count(p => p.Path(path).Metric(metric).Points == 0), partners.Count)));

    /// <summary>The partners that do not qualify, smallest reported points_to_qualify first (R23), then by id.</summary>
    public static Seq<PartnerScore> Closest(Seq<PartnerScore> partners, int top) =>
        partners.Filter(p => !p.Qualified)
            .OrderBy(p => p.Reported.PointsToQualify)
            .ThenBy(p => p.Reported.BelowMinimum.Count)
            .ThenBy(p => p.PartnerId, StringComparer.Ordinal)
            .Take(Math.Max(0, top))
            .ToSeq()
            .Strict();

    private static decimal Average(Seq<decimal> values) => values.IsEmpty ? 0 : values.Sum() / values.Count;
}
