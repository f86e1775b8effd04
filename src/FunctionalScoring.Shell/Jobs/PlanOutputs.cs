using FunctionalScoring.Core.Planning;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Jobs;

/// <summary>
/// <c>plan</c>'s Parquet output: one row per partner × feasible path × metric (units 0 where the
/// metric is left as it is), rows by partner id then path and metric in rule-set order.
/// </summary>
public static class PlanOutputs
{
    public static readonly Seq<OutputColumn> Schema = Prelude.Seq(
        new OutputColumn("partner_id", OutputType.String),
        new OutputColumn("path", OutputType.String),
        new OutputColumn("metric", OutputType.String),
        new OutputColumn("association_type", OutputType.String),
        new OutputColumn("units", OutputType.Int64),
        new OutputColumn("cost", OutputType.Decimal92),
        new OutputColumn("points_after", OutputType.Decimal92));

    public static DataFrame Frame(Seq<PartnerPlan> plans)
    {
        var rows = (
            from partner in plans.OrderBy(p => p.PartnerId, StringComparer.Ordinal)
            from path in partner.Paths
            from step in path.Steps
            select (partner.PartnerId, path.Path, step)).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("partner_id", rows.Select(r => r.PartnerId)),
            new StringDataFrameColumn("path", rows.Select(r => r.Path.ToString())),
            new StringDataFrameColumn("metric", rows.Select(r => r.step.Metric.ToString())),
            new StringDataFrameColumn("association_type", rows.Select(r => r.step.Via.Match(t => t.ToString(), () => ""))),
            new Int64DataFrameColumn("units", rows.Select(r => (long?)r.step.Units)),
            new DecimalDataFrameColumn("cost", rows.Select(r => r.step.Cost)),
            new DecimalDataFrameColumn("points_after", rows.Select(r => r.step.PointsAfter)));
    }

    /// <summary>Writes the plans to <paramref name="file"/> (replaced at once; a failed write leaves the old file or none).</summary>
    public static Task WriteAsync(OutputFile file, Seq<PartnerPlan> plans, CancellationToken ct = default) =>
        AtomicFile.WriteAsync(file, staging => ParquetTableWriter.WriteAsync(Frame(plans), Schema, staging, ct: ct));
}
