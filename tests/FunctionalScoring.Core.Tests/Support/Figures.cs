using FunctionalScoring.Core.Results;

namespace FunctionalScoring.Core.Tests.Support;

/// <summary>A run's scores flattened to comparable lines: what a reader of the results sees, evidence aside.</summary>
public static class Figures
{
    /// <summary>One line per partner, per path and per metric, in result order.</summary>
    public static string[] ScoreLines(this RunResult run) =>
        run.Partners.Bind(partner =>
            LanguageExt.Prelude.Seq1($"{partner.PartnerId} name={partner.PartnerName} reported={partner.ReportedPath} qualified={partner.Qualified}")
            + partner.Paths.Bind(path =>
                LanguageExt.Prelude.Seq1($"{partner.PartnerId} {path.Path} total={path.Total} qualified={path.Qualified} toQualify={path.PointsToQualify} below={string.Join(",", path.BelowMinimum)}")
                + path.Metrics.Map(m => $"{partner.PartnerId} {path.Path} {Line(m)}")))
        .ToArray();

    /// <summary>Every evidence row of every partner, metric and type, in output order.</summary>
    public static string[] EvidenceLines(this RunResult run) =>
        run.Partners.Bind(partner => run.Evidence(partner.PartnerId)).Map(e => e.ToString()).ToArray();

    public static string Line(MetricScore m) =>
        $"{m.Metric} value={m.Value} threshold={m.Threshold} points={m.Points}/{m.MaxPoints} via={m.Via} extra={m.ExtraToClose} "
        + string.Join(" ", m.ByType.Map(t => $"{t.Type}:{t.Value}:{t.Points}"));
}
