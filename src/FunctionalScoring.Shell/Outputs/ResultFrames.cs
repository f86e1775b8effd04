using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using LanguageExt;
using Microsoft.Data.Analysis;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Outputs;

/// <summary>
/// The documented output tables as DataFrames, rows in a stable order (partner id, then path and
/// metric in rule-set order), so the same input always gives the same bytes.
/// </summary>
public static class ResultFrames
{
    public static DataFrame Summary(Seq<PartnerScore> partners) => Summary(partners, None);

    /// <summary>
    /// <c>summary.parquet</c>; under a qualification window longer than one month also
    /// <c>qualified_in_window</c> and <c>last_qualified</c> (R32, its first day; null when none).
    /// </summary>
    public static DataFrame Summary(Seq<PartnerScore> partners, Option<QualificationWindows> windows)
    {
        var rows = partners.OrderBy(p => p.PartnerId, StringComparer.Ordinal).ToArray();
        var frame = new DataFrame(
            Text("partner_id", rows.Select(p => p.PartnerId)),
            Text("partner_name", rows.Select(p => p.PartnerName)),
            Text("reported_path", rows.Select(p => p.ReportedPath.ToString())),
            Bool("qualified", rows.Select(p => p.Qualified)),
            Decimal("enterprise_total", rows.Select(p => p.Path(PathName.Enterprise).Total)),
            Bool("enterprise_qualified", rows.Select(p => p.Path(PathName.Enterprise).Qualified)),
            Decimal("smb_total", rows.Select(p => p.Path(PathName.SMB).Total)),
            Bool("smb_qualified", rows.Select(p => p.Path(PathName.SMB).Qualified)),
            Decimal("points_to_qualify", rows.Select(p => p.Reported.PointsToQualify)));
        if (windows.Case is QualificationWindows window)
        {
            var statuses = rows.Select(p => window.Of(p.PartnerId)).ToArray();
            frame.Columns.Add(Bool("qualified_in_window", statuses.Select(s => s.QualifiedInWindow)));
            frame.Columns.Add(Date("last_qualified", statuses.Select(s => s.LastQualified)));
        }

        return frame;
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
    /// Evidence rows (<see cref="Core.Evaluation.PartnerEvidence"/>) as a DataFrame of
    /// <see cref="OutputFiles.EvidenceSchema"/>'s typed columns (months as <see cref="DateOnly"/>,
    /// null where a row's kind has no such fact), in the order given: the very values
    /// <c>evidence.parquet</c> holds.
    /// </summary>
    public static DataFrame Evidence(Seq<Evidence> rows)
    {
        var evidence = new EvidenceRows();
        foreach (var row in rows)
        {
            evidence.Add(row);
        }

        return evidence.Buffer.ToDataFrame();
    }

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

    /// <summary>A month as the DATE of its first day; None is null.</summary>
    public static PrimitiveDataFrameColumn<DateOnly> Date(string name, IEnumerable<Option<Month>> months) =>
        new(name, months.Select(m => m.Case is Month month ? month.FirstDay : (DateOnly?)null));
}
