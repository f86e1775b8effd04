using System.Text.Json;
using System.Text.Json.Serialization;
using FunctionalScoring.Core;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;

namespace FunctionalScoring.Shell.Outputs;

/// <summary>One input file of a run and how many rows it gave.</summary>
/// <remarks><paramref name="Rows"/> is null for a part file never opened: its partition folder lay outside the window (R29).</remarks>
public sealed record InputFileRecord(string Table, string File, long? Rows);

/// <summary>Per table: read = used + ignored + rejected (R28), with the reasons.</summary>
public sealed record TableAccountRecord(string Table, long Read, long Used, long Ignored, long Rejected, IReadOnlyList<ReasonCountRecord> Reasons);

/// <summary>One reason's row count.</summary>
public sealed record ReasonCountRecord(string Outcome, string Reason, long Rows);

/// <summary>
/// <c>run.json</c>: what a run read, with which rules (R26), as of which month, what became of every
/// row, and how long it took. Timings are the one part that differs between identical runs.
/// <see cref="MonthsEvaluated"/> lists the as-of months of a run that evaluates more than one (a
/// history, R30, or a qualification window of <see cref="QualificationWindowMonths"/> months, R32);
/// both are left out of a one-month run.
/// </summary>
public sealed record RunRecord(
    string ToolVersion,
    string RuleSetId,
    string RuleSetHash,
    string AsOfMonth,
    string BaselineMonth,
    string? Shard,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<InputFileRecord> Inputs,
    IReadOnlyList<TableAccountRecord> Tables,
    int Partners,
    int QualifiedPartners,
    IReadOnlyDictionary<string, double> TimingsSeconds,
    IReadOnlyList<string>? MonthsEvaluated = null,
    int? QualificationWindowMonths = null)
{
    /// <summary>The mark that tells a later run this folder is this tool's output, to replace (<see cref="ToolMarker"/>).</summary>
    [JsonPropertyOrder(-1)]
    public string Tool => ToolInfo.Name;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static RunRecord Of(RunResult run, IReadOnlyList<InputFileRecord> inputs, string? shard, IReadOnlyDictionary<string, double> timings) =>
        new(
            ToolInfo.Version,
            run.Rules.Id,
            run.Rules.ContentHash,
            run.Window.AsOf.ToString(),
            run.Window.Baseline.ToString(),
            shard,
            [.. run.Warnings],
            inputs,
            Accounts(run.Accounting),
            run.Partners.Count,
            run.Partners.Count(p => p.Qualified),
            timings,
            run.Windows.Map(w => Months(EvaluationMonths.Ending(run.Window.AsOf, w.Months))).IfNoneUnsafe(() => null),
            run.Windows.Map(w => (int?)w.Months).IfNoneUnsafe(() => null));

    /// <summary>The as-of months, oldest first, as <c>YYYY-MM</c>.</summary>
    public static IReadOnlyList<string> Months(EvaluationMonths months) => [.. months.Months.Map(m => m.ToString())];

    public static IReadOnlyList<TableAccountRecord> Accounts(Accounting accounting) =>
        [.. Enum.GetValues<TableName>().Select(table => new TableAccountRecord(
            table.FileName(),
            accounting.Read(table),
            accounting.Rows(table, Outcome.Used),
            accounting.Rows(table, Outcome.Ignored),
            accounting.Rows(table, Outcome.Rejected),
            [.. accounting.Lines.Filter(l => l.Table == table).Map(l => new ReasonCountRecord(l.Outcome.Text(), l.ReasonText, l.Rows))]))];

    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";
}
