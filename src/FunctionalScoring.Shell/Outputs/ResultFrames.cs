using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Validation;
using LanguageExt;
using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Outputs;

/// <summary>One row of <c>evidence.parquet</c>.</summary>
public readonly record struct EvidenceRow(string PartnerId, PathName Path, Metric Metric, bool Reported, Evidence Evidence);

/// <summary>
/// The documented output tables as DataFrames, rows in a stable order (partner id, then path and
/// metric in rule-set order), so the same input always gives the same bytes.
/// </summary>
public static class ResultFrames
{
    public static DataFrame Summary(Seq<PartnerScore> partners)
    {
        var rows = partners.OrderBy(p => p.PartnerId, StringComparer.Ordinal).ToArray();
        return new DataFrame(
            Text("partner_id", rows.Select(p => p.PartnerId)),
            Text("partner_name", rows.Select(p => p.PartnerName)),
            Text("reported_path", rows.Select(p => p.ReportedPath.ToString())),
            Bool("qualified", rows.Select(p => p.Qualified)),
            Decimal("enterprise_total", rows.Select(p => p.Path(PathName.Enterprise).Total)),
            Bool("enterprise_qualified", rows.Select(p => p.Path(PathName.Enterprise).Qualified)),
            Decimal("smb_total", rows.Select(p => p.Path(PathName.SMB).Total)),
            Bool("smb_qualified", rows.Select(p => p.Path(PathName.SMB).Qualified)),
            Decimal("points_to_qualify", rows.Select(p => p.Reported.PointsToQualify)));
    }

    public static DataFrame Scorecard(Seq<PartnerScore> partners)
    {
        var rows = (
            from partner in partners.OrderBy(p => p.PartnerId, StringComparer.Ordinal)
            from path in partner.Paths
            from metric in path.Metrics
            select (partner.PartnerId, path.Path, metric)).ToArray();
        return new DataFrame(
            Text("partner_id", rows.Select(r => r.PartnerId)),
            Text("path", rows.Select(r => r.Path.ToString())),
            Text("metric", rows.Select(r => r.metric.Metric.ToString())),
            Long("value", rows.Select(r => (long?)r.metric.Value)),
            Decimal("threshold", rows.Select(r => r.metric.Threshold)),
            Decimal("points", rows.Select(r => r.metric.Points)),
            Decimal("max_points", rows.Select(r => r.metric.MaxPoints)),
            Text("association_type", rows.Select(r => r.metric.Via.Match(t => t.ToString(), () => ""))),
            Long("extra_to_close", rows.Select(r => r.metric.ExtraToClose.IsSome ? (long?)r.metric.ExtraToClose.IfNone(0) : null)));
    }

    /// <summary>
    /// The evidence rows of partners given in partner-id order, in output order. Paths and metrics
    /// are already in order: sorting within one metric's rows gives the same order as a sort of the
    /// whole table, and lets a big run write evidence a chunk of partners at a time.
    /// </summary>
    public static IEnumerable<EvidenceRow> EvidenceRows(IEnumerable<PartnerScore> partnersInIdOrder) =>
        from partner in partnersInIdOrder
        from path in partner.Paths.OrderBy(p => p.Path)
        from metric in path.Metrics.OrderBy(m => m.Metric)
        from row in EvidenceOf(metric)
        select new EvidenceRow(partner.PartnerId, path.Path, metric.Metric, row.Reported, row.evidence);

    private static IEnumerable<(bool Reported, Evidence evidence)> EvidenceOf(MetricScore metric) =>
        (metric.ByType.IsEmpty
            ? metric.Evidence.Map(e => (Reported: metric.Via.IsNone, evidence: e))
            : metric.ByType.Bind(t => t.Evidence.Map(e => (Reported: metric.Via == Prelude.Some(t.Type), evidence: e))))
        .OrderBy(r => r.evidence.Via.Match(t => (int)t, () => -1))
        .ThenBy(r => r.evidence.Month, StringComparer.Ordinal)
        .ThenBy(r => r.evidence.TenantId, StringComparer.Ordinal)
        .ThenBy(r => r.evidence.Workload, StringComparer.Ordinal)
        .ThenBy(r => r.evidence.PersonId, StringComparer.Ordinal);

    public static DataFrame Rejects(Seq<Rejection> rejections)
    {
        var rows = rejections.OrderBy(r => r.Table).ThenBy(r => r.SourceFile, StringComparer.Ordinal).ThenBy(r => r.Row).ToArray();
        return new DataFrame(
            Text("table", rows.Select(r => r.Table.FileName())),
            Text("source_file", rows.Select(r => r.SourceFile)),
            Long("row", rows.Select(r => (long?)r.Row)),
            Text("reason", rows.Select(r => r.Reason.Describe())),
            Text("raw_values", rows.Select(r => r.RawValues)));
    }

    private static StringDataFrameColumn Text(string name, IEnumerable<string> values) => new(name, values);

    private static BooleanDataFrameColumn Bool(string name, IEnumerable<bool> values) => new(name, values);

    private static DecimalDataFrameColumn Decimal(string name, IEnumerable<decimal> values) => new(name, values);

    private static Int64DataFrameColumn Long(string name, IEnumerable<long?> values) => new(name, values);
}
