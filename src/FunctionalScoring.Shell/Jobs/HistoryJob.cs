using System.Diagnostics;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Planning;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using FunctionalScoring.Shell.Reading;
using LanguageExt;
using LanguageExt.ClassInstances;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Jobs;

/// <summary>What <c>history</c> is asked: N months ending at the as-of month (R2's default when None).</summary>
public sealed record HistoryRequest(string DataDirectory, RuleSet Rules, Option<Month> AsOf, int Months = 12);

/// <summary>
/// R30, R32: every partner's result in every month asked for (<see cref="Months"/>), and its
/// qualification window as of the last month. <see cref="Partners"/> holds each partner's months,
/// oldest first — as many as <see cref="Months"/> or the rule set's window needs, whichever is more
/// (<see cref="Shown"/> keeps the asked ones; a window of W &gt; 1 months needs W + 1, so the window
/// of the month before is known too). <see cref="Checked"/> is the last month's checked dataset; its
/// accounting covers the union of the windows (R30). <see cref="Warnings"/> are every shown month's
/// (R2: a month whose baseline has no usage rows still counts, and says so).
/// </summary>
/// <remarks>
/// The checked dataset holds the usage cells of every month, the largest part of a history's memory.
/// Once the at-risk partners are planned, <see cref="WithoutCheckedDataset"/> lets them go: what the
/// view and the outputs read of it (the accounting, the baseline, the partners' names) is kept apart.
/// </remarks>
public sealed record HistoryOutcome(RuleSet Rules, EvaluationMonths Months, Seq<Seq<PartnerMonth>> Partners, CheckedDataset Checked, IReadOnlyList<InputFileRecord> Inputs, IReadOnlyDictionary<string, double> Timings)
{
    private CheckedDataset? held = Checked;

    /// <summary>The last month's checked dataset, until <see cref="WithoutCheckedDataset"/>.</summary>
    public CheckedDataset Checked
    {
        get => held ?? throw new InvalidOperationException("this history no longer holds its checked dataset (WithoutCheckedDataset): plan and score before letting it go");
        init => held = value;
    }

    public Seq<string> Warnings { get; init; } = Checked.Warnings;

    /// <summary>R28: the accounting of the whole read (the union of the windows, R30).</summary>
    public Accounting Accounting { get; init; } = Checked.Accounting;

    /// <summary>The last month's baseline (R7).</summary>
    public Month Baseline { get; init; } = Checked.Dataset.Window.Baseline;

    private Map<OrdStringOrdinal, string, string> PartnerNames { get; init; } = Checked.Dataset.PartnerNames;

    public int WindowMonths => Rules.Parameters.QualificationWindowMonths;

    /// <summary>Partner names from the partners table (empty when absent).</summary>
    public string NameOf(string partner) => PartnerNames.Find(partner).IfNone("");

    /// <summary>R22 and R32: the partners whose designation moved into the last month, in partner-id order.</summary>
    public Seq<DesignationChange> Moves => Partners.Bind(p => DesignationChange.Of(p, Months.Last, WindowMonths).ToSeq()).Strict();

    /// <summary>Why each shown month moved, partner by partner in id order, then month and path in rule-set order.</summary>
    public Seq<HistoryChange> Changes => Partners.Bind(p => HistoryChanges.Of(Shown(p, Months))).Strict();

    /// <summary>The same history without its checked dataset, so its usage cells can be collected.</summary>
    public HistoryOutcome WithoutCheckedDataset() => this with { held = null };

    /// <summary>A partner's months of <see cref="Months"/>, oldest first.</summary>
    public static Seq<PartnerMonth> Shown(Seq<PartnerMonth> partner, EvaluationMonths months) =>
        partner.Filter(m => m.AsOf >= months.First && m.AsOf <= months.Last);

    /// <summary>R32 as of the last month, under the rule set's window.</summary>
    public WindowStatus WindowOf(Seq<PartnerMonth> partner) =>
        WindowStatus.Of(partner, Months.Last, Rules.Parameters.QualificationWindowMonths);
}

/// <summary>
/// <c>history</c>: one pass over the usage table keeps the cells of every evaluated month (R30), then
/// the pure per-partner history is spread over the cores. Not N runs: the read happens once.
/// </summary>
public static class HistoryJob
{
    public static async Task<Either<string, HistoryOutcome>> RunAsync(HistoryRequest request, Action<string, ReadProgress>? progress = null, CancellationToken ct = default)
    {
        if (request.Months < 1)
        {
            return "--months must be at least 1";
        }

        var clock = Stopwatch.StartNew();
        var window = request.Rules.Parameters.QualificationWindowMonths;
        var read = await DatasetReader.ReadAsync(request.DataDirectory, request.Rules, request.AsOf, Math.Max(request.Months, window > 1 ? window + 1 : 1), progress: progress, ct: ct);
        if (read.Case is not ReadDataset dataset)
        {
            return (string)read.Case;
        }

        var readSeconds = clock.Elapsed.TotalSeconds;
        var last = dataset.Latest;
        var months = EvaluationMonths.Ending(dataset.Months.Last, request.Months);
        var partners = toSeq(last.Dataset.PartnerIds.AsParallel().AsOrdered()
            .Select(id => ScoreHistory.Of(request.Rules, last.Dataset, dataset.Months, id))
            .ToArray());
        Diagnostics.MemoryProfile.Mark("every month scored");
        var timings = new Dictionary<string, double>
        {
            ["read_and_check"] = Math.Round(readSeconds, 3),
            ["score"] = Math.Round(clock.Elapsed.TotalSeconds - readSeconds, 3),
        };
        var warnings = months.Months.Bind(m => dataset.At(m).Warnings).Distinct().ToSeq().Strict();
        return new HistoryOutcome(request.Rules, months, partners, last, dataset.Inputs, timings) { Warnings = warnings };
    }

    /// <summary>
    /// R32: the partners that hold the designation only through the window as of the last month, each
    /// with the planner's cheapest additions to qualify now; none under a one-month window.
    /// </summary>
    public static Seq<AtRiskPartner> AtRisk(HistoryOutcome history, Costs costs)
    {
        var planning = PlanningContext.For(history.Rules, costs);
        var atRisk = toSeq(history.Partners.AsParallel().AsOrdered()
            .SelectMany(p => Core.History.AtRisk.Of(history.Rules, planning, history.Checked.Dataset, p.Head.PartnerId, p))
            .ToArray());
        Diagnostics.MemoryProfile.Mark("at-risk partners planned");
        return atRisk;
    }
}
