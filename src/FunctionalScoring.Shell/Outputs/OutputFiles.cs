using FunctionalScoring.Core;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using Microsoft.Data.Analysis;

using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Outputs;

/// <summary>The documented output files of <c>score</c>, and the Parquet type of every column.</summary>
public static class OutputFiles
{
    public static readonly Seq<OutputColumn> SummarySchema = Columns(
        ("partner_id", OutputType.String), ("partner_name", OutputType.String), ("reported_path", OutputType.String), ("qualified", OutputType.Boolean),
        ("enterprise_total", OutputType.Decimal92), ("enterprise_qualified", OutputType.Boolean), ("smb_total", OutputType.Decimal92), ("smb_qualified", OutputType.Boolean),
        ("points_to_qualify", OutputType.Decimal92));

    /// <summary>R32: the summary of a run under a rule set whose window is longer than one month; a one-month window keeps <see cref="SummarySchema"/>.</summary>
    public static readonly Seq<OutputColumn> WindowSummarySchema = SummarySchema + Columns(("qualified_in_window", OutputType.Boolean), ("last_qualified", OutputType.Date));

    public static readonly Seq<OutputColumn> ScorecardSchema = Columns(
        ("partner_id", OutputType.String), ("path", OutputType.String), ("metric", OutputType.String), ("value", OutputType.Int64), ("threshold", OutputType.Decimal92),
        ("points", OutputType.Decimal92), ("max_points", OutputType.Decimal92), ("association_type", OutputType.String), ("extra_to_close", OutputType.Int64));

    /// <summary>
    /// <c>evidence.parquet</c>: typed facts, months as DATE; the README's Outputs section says what each column holds for each kind.
    /// Written by <see cref="EvidenceFile"/> (FunctionalScoring.Parquet's writer, text dictionary-encoded), never by Parquet.Net.
    /// </summary>
    public static readonly Seq<OutputColumn> EvidenceSchema = Columns(
        ("partner_id", OutputType.String), ("path", OutputType.String), ("metric", OutputType.String), ("kind", OutputType.String), ("association_type", OutputType.String), ("reported", OutputType.Boolean),
        ("tenant_id", OutputType.String), ("workload", OutputType.String), ("person_id", OutputType.String), ("certification", OutputType.String),
        ("month", OutputType.Date), ("contribution", OutputType.Int64), ("claim_month", OutputType.Date), ("start_month", OutputType.Date), ("mau_at_start", OutputType.Int64),
        ("pau", OutputType.Int64), ("mau", OutputType.Int64), ("active_share", OutputType.Double), ("excluded_by_r18", OutputType.Boolean), ("lost", OutputType.Boolean));

    public static readonly Seq<OutputColumn> RejectsSchema = Columns(
        ("table", OutputType.String), ("source_file", OutputType.String), ("row", OutputType.Int64), ("reason", OutputType.String), ("raw_values", OutputType.String));

    /// <summary>The summary's columns under a qualification window of <paramref name="windowMonths"/> months (R32).</summary>
    public static Seq<OutputColumn> SummarySchemaFor(int windowMonths) => windowMonths > 1 ? WindowSummarySchema : SummarySchema;

    /// <summary>
    /// Writes the outputs of a run but <c>evidence.parquet</c> (an <see cref="EvidenceFile"/> writes
    /// that while partners are scored) into <paramref name="directory"/>; the caller makes it atomic.
    /// </summary>
    /// <remarks><paramref name="record"/> is asked for last, so it can include the time the Parquet files took.</remarks>
    public static async Task WriteTablesAsync(string directory, RunResult run, Func<RunRecord> record, CancellationToken ct = default)
    {
        await Write(directory, "summary.parquet", ResultFrames.Summary(run.Partners, run.Windows), SummarySchemaFor(run.Rules.Parameters.QualificationWindowMonths), ct);
        await Write(directory, "scorecard.parquet", ResultFrames.Scorecard(run.Partners), ScorecardSchema, ct);
        await Write(directory, "rejects.parquet", ResultFrames.Rejects(run.Rejections), RejectsSchema, ct);
        await File.WriteAllTextAsync(Path.Combine(directory, "run.json"), record().ToJson(), ct);
    }

    public static Task Write(string directory, string file, DataFrame frame, Seq<OutputColumn> schema, CancellationToken ct = default) =>
        ParquetTableWriter.WriteAsync(frame, schema, Path.Combine(directory, file), ct: ct);

    private static Seq<OutputColumn> Columns(params (string Name, OutputType Type)[] columns) =>
        toSeq(columns.Select(c => new OutputColumn(c.Name, c.Type)));
}
