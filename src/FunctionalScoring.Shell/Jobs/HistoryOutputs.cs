using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.History;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using Microsoft.Data.Analysis;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Jobs;

/// <summary>
/// <c>history</c>'s outputs: <c>history.parquet</c> (R31), <c>history_changes.parquet</c> (why it
/// moved), <c>at_risk.parquet</c> (R32) and <c>run.json</c>, written atomically. Months are DATE (their
/// first day), points DECIMAL(9,2); rows by partner id (ordinal), then month, then path and metric in
/// rule-set order, so the same input gives the same bytes.
/// </summary>
public static class HistoryOutputs
{
    public static readonly Seq<string> Files = Seq("history.parquet", "history_changes.parquet", "at_risk.parquet", "run.json");

    /// <summary>R31: one row per partner × as-of month × path.</summary>
    public static readonly Seq<OutputColumn> HistorySchema =
        Seq(Column("partner_id", OutputType.String), Column("as_of", OutputType.Date), Column("path", OutputType.String), Column("total", OutputType.Decimal92),
            Column("qualified", OutputType.Boolean), Column("reported", OutputType.Boolean))
        + Metrics.All.Map(m => Column(ColumnName(m), OutputType.Decimal92));

    /// <summary>One row per partner × month × path whose qualification or some metric's points changed from the month before.</summary>
    public static readonly Seq<OutputColumn> ChangesSchema =
        Seq(Column("partner_id", OutputType.String), Column("as_of", OutputType.Date), Column("path", OutputType.String),
            Column("qualified_before", OutputType.Boolean), Column("qualified_after", OutputType.Boolean),
            Column("total_before", OutputType.Decimal92), Column("total_after", OutputType.Decimal92))
        + Metrics.All.Map(m => Column(ColumnName(m) + "_change", OutputType.Decimal92));

    /// <summary>
    /// R32, at risk: one row per at-risk partner × path × metric with the planner's cheapest additions
    /// on that path; a path no addition can qualify has its metrics' units, cost and points after null.
    /// </summary>
    public static readonly Seq<OutputColumn> AtRiskSchema = Seq(
        Column("partner_id", OutputType.String), Column("last_qualified", OutputType.Date), Column("path", OutputType.String), Column("metric", OutputType.String),
        Column("association_type", OutputType.String), Column("units", OutputType.Int64), Column("cost", OutputType.Decimal92),
        Column("points_before", OutputType.Decimal92), Column("points_after", OutputType.Decimal92));

    /// <summary><c>net_customer_adds</c> for <see cref="Metric.NetCustomerAdds"/>: the metric's name in snake case.</summary>
    public static string ColumnName(Metric metric) =>
        string.Concat(metric.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static DataFrame History(HistoryOutcome history)
    {
        var rows = (
            from partner in ByPartnerId(history)
            from month in HistoryOutcome.Shown(partner, history.Months)
            from path in month.Paths
            select (Month: month, Path: path)).ToArray();
        return new DataFrame(Seq<DataFrameColumn>(
                new StringDataFrameColumn("partner_id", rows.Select(r => r.Month.PartnerId)),
                ResultFrames.Date("as_of", rows.Select(r => Some(r.Month.AsOf))),
                new StringDataFrameColumn("path", rows.Select(r => r.Path.Path.ToString())),
                new DecimalDataFrameColumn("total", rows.Select(r => r.Path.Total)),
                new BooleanDataFrameColumn("qualified", rows.Select(r => r.Path.Qualified)),
                new BooleanDataFrameColumn("reported", rows.Select(r => r.Path.Path == r.Month.ReportedPath)))
            + Metrics.All.Map(m => (DataFrameColumn)new DecimalDataFrameColumn(ColumnName(m), rows.Select(r => r.Path.PointsOf(m)))));
    }

    public static DataFrame Changes(Seq<HistoryChange> changes)
    {
        var rows = changes.OrderBy(c => c.PartnerId, StringComparer.Ordinal).ThenBy(c => c.AsOf).ToArray();
        return new DataFrame(Seq<DataFrameColumn>(
                new StringDataFrameColumn("partner_id", rows.Select(c => c.PartnerId)),
                ResultFrames.Date("as_of", rows.Select(c => Some(c.AsOf))),
                new StringDataFrameColumn("path", rows.Select(c => c.Path.ToString())),
                new BooleanDataFrameColumn("qualified_before", rows.Select(c => c.QualifiedBefore)),
                new BooleanDataFrameColumn("qualified_after", rows.Select(c => c.QualifiedAfter)),
                new DecimalDataFrameColumn("total_before", rows.Select(c => c.TotalBefore)),
                new DecimalDataFrameColumn("total_after", rows.Select(c => c.TotalAfter)))
            + Metrics.All.Map(m => (DataFrameColumn)new DecimalDataFrameColumn(ColumnName(m) + "_change", rows.Select(c => c.ChangeOf(m)))));
    }

    public static DataFrame AtRisk(Seq<AtRiskPartner> partners)
    {
        var rows = (
            from partner in partners.OrderBy(p => p.PartnerId, StringComparer.Ordinal)
            from path in partner.Score.Paths
            let plan = partner.Plan.Paths.Find(p => p.Path == path.Path)
            from metric in path.Metrics
            let step = plan.Bind(p => p.Steps.Find(s => s.Metric == metric.Metric))
            select (Partner: partner, Path: path.Path, Metric: metric, Step: step)).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("partner_id", rows.Select(r => r.Partner.PartnerId)),
            ResultFrames.Date("last_qualified", rows.Select(r => Some(r.Partner.LastQualified))),
            new StringDataFrameColumn("path", rows.Select(r => r.Path.ToString())),
            new StringDataFrameColumn("metric", rows.Select(r => r.Metric.Metric.ToString())),
            new StringDataFrameColumn("association_type", rows.Select(r => r.Step.Bind(s => s.Via).Match(t => t.ToString(), () => ""))),
            new Int64DataFrameColumn("units", rows.Select(r => r.Step.Map(s => (long?)s.Units).IfNoneUnsafe(() => null))),
            new DecimalDataFrameColumn("cost", rows.Select(r => r.Step.Map(s => (decimal?)s.Cost).IfNoneUnsafe(() => null))),
            new DecimalDataFrameColumn("points_before", rows.Select(r => (decimal?)r.Metric.Points)),
            new DecimalDataFrameColumn("points_after", rows.Select(r => r.Step.Map(s => (decimal?)s.PointsAfter).IfNoneUnsafe(() => null))));
    }

    /// <summary>
    /// <c>run.json</c> of a history: the last month's as-of and baseline, every shown month's warnings,
    /// the accounting of the whole read (R30: the union of the windows), the months shown and, under a
    /// window longer than one month, its length. Partners and qualified partners are as of the last month.
    /// </summary>
    public static RunRecord Record(HistoryOutcome history, IReadOnlyDictionary<string, double> timings) =>
        new(
            ToolInfo.Version,
            history.Rules.Id,
            history.Rules.ContentHash,
            history.Months.Last.ToString(),
            history.Baseline.ToString(),
            null,
            [.. history.Warnings],
            history.Inputs,
            RunRecord.Accounts(history.Accounting),
            history.Partners.Count,
            history.Partners.Count(p => p.Last.Qualified),
            timings,
            RunRecord.Months(history.Months),
            history.WindowMonths > 1 ? history.WindowMonths : null);

    /// <summary>Writes the four files into <paramref name="target"/> (a folder the output rule allowed), replaced all at once or not at all.</summary>
    public static Task WriteAsync(OutputFolder target, HistoryOutcome history, Seq<AtRiskPartner> atRisk, Func<RunRecord> record, CancellationToken ct = default) =>
        AtomicFolder.WriteAsync(target, async dir =>
        {
            await OutputFiles.Write(dir, "history.parquet", History(history), HistorySchema, ct);
            await OutputFiles.Write(dir, "history_changes.parquet", Changes(history.Changes), ChangesSchema, ct);
            await OutputFiles.Write(dir, "at_risk.parquet", AtRisk(atRisk), AtRiskSchema, ct);
            await File.WriteAllTextAsync(Path.Combine(dir, "run.json"), record().ToJson(), ct);
        });

    private static Seq<Seq<PartnerMonth>> ByPartnerId(HistoryOutcome history) =>
        toSeq(history.Partners.OrderBy(p => p.Head.PartnerId, StringComparer.Ordinal));

    private static OutputColumn Column(string name, OutputType type) => new(name, type);
}
