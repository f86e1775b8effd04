using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using LanguageExt;

namespace FunctionalScoring.Core.Usage;

/// <summary>
/// R28, R29 and the row accounting of the usage table as one fold over batches of rows:
/// <see cref="Start"/> → <see cref="Add"/> each batch in reading order → <see cref="Finish"/>. Every
/// command that reads usage goes through it, whole tables (one batch) and streamed row groups alike,
/// so the rules live here once. The accumulator is private to one fold and its result depends only on
/// the rows: any split of them into batches, row groups or part files gives the same facts.
/// R28's duplicate rule rejects every copy of a key, so a clean copy met before its twin is taken
/// back when the twin arrives; when that first copy lay in an earlier batch, its rejection needs its
/// values again: <see cref="NeedsSecondPass"/> asks the reader to feed the batches once more, in the
/// same order, to <see cref="AddAgain"/>.
/// </summary>
public sealed class UsageFold
{
    private const int NotKept = -1;
    private const int Blank = -2;

    private readonly RuleSet rules;
    private readonly Option<EvaluationMonths> months;
    private readonly CellPlan plan;
    private readonly UsageIndexBuilder cells;
    private readonly KeyMarks marks;
    private readonly DayCalendar calendar;
    private readonly long[] counts = new long[Enum.GetValues<RowReason>().Length];
    private readonly List<(int File, long Row, Rejection Rejection)> rejections = [];
    private readonly System.Collections.Generic.HashSet<long> lateFirstCopies = [];
    private readonly bool[] monthHasRows;
    private readonly bool windowed;
    private readonly int firstScopeMonth;
    private int[] tenantOf = [];
    private int tenantsMapped;
    private int[] workloadOf = [];
    private int workloadsMapped;
    private RowReason[] verdicts = [];
    private bool finished;

    private UsageFold(RuleSet rules, Option<EvaluationMonths> months, CellPlan plan)
    {
        (this.rules, this.months, this.plan) = (rules, months, plan);
        cells = new UsageIndexBuilder(plan);
        marks = new KeyMarks(rules.Workloads.Count);
        calendar = new DayCalendar(months);
        windowed = months.IsSome;
        firstScopeMonth = months.Match(m => m.Earliest.Index, () => 0);
        monthHasRows = new bool[months.Match(m => m.Last.Index - m.Earliest.Index + 1, () => 0)];
    }

    /// <summary>A fold for a run evaluated as of <paramref name="asOf"/>: rows outside its windows are ignored unchecked (R29).</summary>
    public static UsageFold Start(RuleSet rules, EvaluationMonths asOf, CellPlan plan) => new(rules, asOf, plan);

    /// <summary><c>validate</c>: every row of every month checked (no window), nothing kept for scoring.</summary>
    public static UsageFold Validate(RuleSet rules) => new(rules, Prelude.None, CellPlan.Nothing(rules.Workloads.Count));

    /// <summary>Whether some clean first copy, in an earlier batch, turned out duplicated: its rejection needs a second look.</summary>
    public bool NeedsSecondPass => lateFirstCopies.Count > 0;

    /// <summary>R29: rows a reader skipped unread because their row group's dates lie outside every window.</summary>
    public void SkipOutsideWindow(long rows) => counts[(int)RowReason.OutsideWindow] += rows;

    /// <summary>Checks, counts and keeps one batch of rows.</summary>
    public void Add(UsageBatch batch)
    {
        Extend(batch);
        var rows = batch.Count;
        if (verdicts.Length < rows)
        {
            verdicts = new RowReason[rows];
        }

        System.Collections.Generic.HashSet<long>? duplicated = null;
        for (var row = 0; row < rows; row++)
        {
            var reason = Verdict(in batch, row, out var key, out var month);
            if (key >= 0)
            {
                var before = marks.Mark(batch.Tenant[row], KeyWorkload(key), KeyMonth(key), reason == RowReason.None);
                if (before == KeyMarks.SeenClean)
                {
                    TakeBack(batch.Tenant[row], key);
                    (duplicated ??= []).Add(key);
                }

                reason = before != KeyMarks.Unseen && reason == RowReason.None ? RowReason.DuplicateUsageKey : reason;
            }

            verdicts[row] = reason;
            counts[(int)reason]++;
            if (reason == RowReason.None)
            {
                Keep(in batch, row, month);
            }
            else if (reason.OutcomeOf() == Outcome.Rejected)
            {
                Reject(in batch, row, reason);
            }
        }

        if (duplicated is not null)
        {
            RejectFirstCopies(in batch, duplicated);
        }
    }

    /// <summary>The second pass: the batches again, in the same order; rejects the late first copies.</summary>
    public void AddAgain(UsageBatch batch)
    {
        Extend(batch);
        for (var row = 0; row < batch.Count && lateFirstCopies.Count > 0; row++)
        {
            // The first clean row of a key in reading order is its first copy.
            if (Verdict(in batch, row, out var key, out _) == RowReason.None && key >= 0 && lateFirstCopies.Remove(key))
            {
                Reject(in batch, row, RowReason.DuplicateUsageKey);
            }
        }
    }

    /// <summary>What the rows established. Call once, after the last batch (and the second pass, when needed).</summary>
    public UsageFacts Finish()
    {
        if (finished || NeedsSecondPass)
        {
            throw new InvalidOperationException(finished ? "the fold is already finished" : "first copies of duplicated keys still await the second pass");
        }

        finished = true;
        var rejected = rejections.OrderBy(r => r.File).ThenBy(r => r.Row).Select(r => r.Rejection).ToSeq().Strict();
        return new UsageFacts(cells.Build(), (long[])counts.Clone(), rejected, MonthsWithRows());
    }

    /// <summary>
    /// R28, R29 for one row, before duplicates: its reason, its month index (when it has a date), and its
    /// usage key (−1 when it has none: only an in-window first-day row of a non-empty tenant and an eligible
    /// workload has one). The hot loop of every read: the batch is passed by reference, dates by table.
    /// </summary>
    private RowReason Verdict(in UsageBatch batch, int row, out long key, out int month)
    {
        key = -1;
        month = 0;
        var day = batch.Day[row];
        if (day >= 0)
        {
            month = calendar.MonthOf(day);
            if (windowed)
            {
                var offset = month - firstScopeMonth;
                if (unchecked((uint)offset) >= (uint)monthHasRows.Length)
                {
                    return RowReason.OutsideWindow;
                }

                monthHasRows[offset] = true;
            }
        }

        var tenantCode = batch.Tenant[row];
        var tenant = tenantCode >= 0 ? tenantOf[tenantCode] : Blank;
        var workloadCode = batch.Workload[row];
        var workload = workloadCode >= 0 ? workloadOf[workloadCode] : Blank;
        var firstDay = day >= 0 && calendar.IsFirstDay(day);
        var reason = UsageChecks.RowReasonOf(
            tenantCode == TextColumn.Invalid ? TextState.Invalid : tenant == Blank ? TextState.Empty : TextState.Present,
            workloadCode == TextColumn.Invalid ? TextState.Invalid : workload == Blank ? TextState.Empty : TextState.Present,
            day, firstDay, batch.HasPau(row), batch.Pau[row], batch.HasMau(row), batch.Mau[row], workload);
        if (workload >= 0 && tenant != Blank && tenantCode >= 0 && firstDay && reason is not (RowReason.EmptyUsageKey or RowReason.InvalidText))
        {
            key = Key(tenantCode, workload, month);
        }

        return reason;
    }

    private void Keep(in UsageBatch batch, int row, int month)
    {
        var tenant = tenantOf[batch.Tenant[row]];
        if (tenant >= 0)
        {
            cells.Add(tenant, workloadOf[batch.Workload[row]], new Month(month), batch.Pau[row], batch.Mau[row]);
        }
    }

    /// <summary>R28: a clean first copy counted as used becomes a duplicate: its count and its cell are taken back.</summary>
    private void TakeBack(int tenantCode, long key)
    {
        counts[(int)RowReason.None]--;
        counts[(int)RowReason.DuplicateUsageKey]++;
        if (tenantOf[tenantCode] >= 0)
        {
            cells.Remove(tenantOf[tenantCode], KeyWorkload(key), new Month(KeyMonth(key)));
        }
    }

    /// <summary>The first copies of this batch's duplicated keys, if they lie in this batch; the others are late.</summary>
    private void RejectFirstCopies(in UsageBatch batch, System.Collections.Generic.HashSet<long> duplicated)
    {
        for (var row = 0; row < batch.Count && duplicated.Count > 0; row++)
        {
            // Only a key's first copy can still hold a clean verdict once a twin has been seen.
            if (verdicts[row] == RowReason.None && Verdict(in batch, row, out var key, out _) == RowReason.None && duplicated.Remove(key))
            {
                verdicts[row] = RowReason.DuplicateUsageKey;
                Reject(in batch, row, RowReason.DuplicateUsageKey);
            }
        }

        lateFirstCopies.UnionWith(duplicated);
    }

    private void Reject(in UsageBatch batch, int row, RowReason reason) =>
        rejections.Add((batch.Origin.FileOrdinal, batch.Origin.FirstRow + row, new Rejection(TableName.Usage, batch.Origin.File, batch.Origin.FirstRow + row, reason, UsageRows.Raw(batch, row))));

    /// <summary>Per text value met for the first time: its kept tenant code, or eligible workload (R6), computed once.</summary>
    private void Extend(UsageBatch batch)
    {
        tenantsMapped = Extend(ref tenantOf, tenantsMapped, batch.TenantTexts, text => Domain.Names.IsEmptyId(text) ? Blank : plan.Tenants.Code(text).IfNone(NotKept));
        workloadsMapped = Extend(ref workloadOf, workloadsMapped, batch.WorkloadTexts, text => Domain.Names.IsEmptyId(text) ? Blank : rules.Workload(text).IfNone(NotKept));
    }

    /// <summary>
    /// The mapping extended to every text a table-wide list holds so far (it only grows); returns how
    /// many codes are mapped. The array doubles: most row groups bring new tenants, and an array
    /// re-made at the exact size for each would be a large-object allocation per row group.
    /// </summary>
    private static int Extend(ref int[] mapped, int count, IReadOnlyList<string> texts, Func<string, int> map)
    {
        var known = texts.Count;
        if (known > mapped.Length)
        {
            Array.Resize(ref mapped, Math.Max(known, mapped.Length * 2));
        }

        for (var code = count; code < known; code++)
        {
            mapped[code] = map(texts[code]);
        }

        return Math.Max(known, count);
    }

    private Seq<Month> MonthsWithRows() =>
        Prelude.toSeq(Enumerable.Range(0, monthHasRows.Length).Where(i => monthHasRows[i]).Select(i => new Month(firstScopeMonth + i))).Strict();

    // A usage key packed in 63 bits: tenant code, eligible workload, month index.
    private static long Key(int tenantCode, int workload, int month) => ((long)tenantCode << 31) | ((long)workload << 20) | (uint)month;

    private static int KeyWorkload(long key) => (int)((key >> 20) & 0x7FF);

    private static int KeyMonth(long key) => (int)(key & 0xFFFFF);
}
