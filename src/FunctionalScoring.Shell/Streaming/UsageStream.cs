using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Shell.Parquet;

namespace FunctionalScoring.Shell.Streaming;

/// <summary>
/// The usage table consumed one row group at a time, applying exactly the checks of
/// <see cref="UsageChecks"/> (R28, R29): only the cells of tenants somebody is associated with are
/// kept, every other row is only counted. Mutable, and owned by one read.
/// </summary>
internal sealed class UsageStream
{
    private readonly RuleSet rules;
    private readonly EvaluationWindow window;
    private readonly WindowDays days;
    private readonly Func<string, int> cellTenant;
    private readonly UsageIndexBuilder index;
    private readonly DuplicateKeys keys;
    private readonly long[] counts = new long[Enum.GetValues<RowReason>().Length];
    private readonly List<Rejection> rejections = [];
    private readonly SortedSet<int> lateFirstCopies = [];
    private int[] tenantCode = [];
    private bool[] tenantBlank = [];
    private int[] workloadIndex = [];
    private bool[] workloadBlank = [];
    private int decoded;
    private bool hasBaselineRows;

    /// <summary>A stream that keeps the cells of the tenants <paramref name="cellTenant"/> maps to a directory code below <paramref name="tenantCount"/> (−1: count the rows only).</summary>
    public UsageStream(RuleSet rules, EvaluationWindow window, int tenantCount, Func<string, int> cellTenant)
    {
        (this.rules, this.window, this.cellTenant) = (rules, window, cellTenant);
        days = new WindowDays(window);
        index = new UsageIndexBuilder(window, tenantCount, rules.Workloads.Count);
        keys = new DuplicateKeys(rules.Workloads.Count);
    }

    /// <summary>Decoded rows whose first copy turned out duplicated in a later row group: their values must be read again.</summary>
    public IReadOnlyCollection<int> LateFirstCopies => lateFirstCopies;

    public void Consume(RowGroupBatch batch)
    {
        if (batch.Skipped)
        {
            counts[(int)RowReason.OutsideWindow] += batch.RowCount;
            return;
        }

        var rows = new UsageBatch(batch);
        Extend(rows);
        for (var i = 0; i < batch.RowCount; i++)
        {
            Consume(rows, i);
        }

        decoded = checked(decoded + batch.RowCount);
    }

    /// <summary>Second pass: the rejections of first copies found duplicated only later (R28: every copy is rejected).</summary>
    public void CollectLateFirstCopies(RowGroupBatch batch, int batchStart)
    {
        var rows = new UsageBatch(batch);
        foreach (var row in lateFirstCopies.GetViewBetween(batchStart, batchStart + batch.RowCount - 1))
        {
            rejections.Add(rows.Rejection(row - batchStart, RowReason.DuplicateUsageKey));
        }
    }

    /// <summary>What the read established; call once, at the end: the duplicate-key tables are released.</summary>
    public UsageFacts Facts()
    {
        keys.Release();
        return new(index.Build(), counts, rejections.ToSeq(), hasBaselineRows);
    }

    private void Consume(UsageBatch rows, int i)
    {
        var day = rows.Day(i);
        var offset = day == DateColumn.Null ? -1 : days.OffsetOf(day);
        if (day != DateColumn.Null && offset < 0)
        {
            counts[(int)RowReason.OutsideWindow]++;
            return;
        }

        hasBaselineRows |= offset == 0;
        var tenant = rows.Tenant(i);
        var workloadCode = rows.WorkloadCode(i);
        var workload = workloadCode < 0 ? -1 : workloadIndex[workloadCode];
        var reason = UsageChecks.RowReasonOf(
            tenant < 0 || tenantBlank[tenant], workloadCode < 0 || workloadBlank[workloadCode], day, rows.Pau(i), rows.Mau(i), workload);

        if (workload >= 0 && offset >= 0 && days.IsFirstDay(day) && UsageChecks.HasKey(reason, workload))
        {
            reason = Deduplicate(rows, i, tenant, workload, offset, reason);
        }

        counts[(int)reason]++;
        if (reason == RowReason.None && tenantCode[tenant] >= 0)
        {
            index.Add(tenantCode[tenant], workload, window.Baseline.AddMonths(offset), rows.Pau(i), rows.Mau(i));
        }
        else if (reason.OutcomeOf() == Outcome.Rejected)
        {
            rejections.Add(rows.Rejection(i, reason));
        }
    }

    /// <summary>R28: a repeated key rejects this copy (unless it already has a reason) and takes back a clean first copy.</summary>
    private RowReason Deduplicate(UsageBatch rows, int i, int tenant, int workload, int offset, RowReason reason)
    {
        var (before, first) = keys.Record(tenant, workload, offset, reason == RowReason.None, decoded + i);
        if (before == DuplicateKeys.SeenClean)
        {
            counts[(int)RowReason.None]--;
            counts[(int)RowReason.DuplicateUsageKey]++;
            if (tenantCode[tenant] >= 0)
            {
                index.Remove(tenantCode[tenant], workload, window.Baseline.AddMonths(offset));
            }

            if (first >= decoded)
            {
                rejections.Add(rows.Rejection(first - decoded, RowReason.DuplicateUsageKey));
            }
            else
            {
                lateFirstCopies.Add(first);
            }
        }

        return before != DuplicateKeys.Unseen && reason == RowReason.None ? RowReason.DuplicateUsageKey : reason;
    }

    /// <summary>Per distinct text seen so far: its tenant directory code, eligible workload and blankness, computed once.</summary>
    private void Extend(UsageBatch rows)
    {
        Extend(rows.TenantDictionary, ref tenantCode, ref tenantBlank, cellTenant);
        Extend(rows.WorkloadDictionary, ref workloadIndex, ref workloadBlank, text => rules.Workload(text).IfNone(-1));
    }

    /// <summary>
    /// Maps the texts added to <paramref name="values"/> since the last call. The next row group may
    /// be adding texts meanwhile: only those known now (all of this batch's) are taken.
    /// </summary>
    private static void Extend(TextDictionary values, ref int[] mapped, ref bool[] blank, Func<string, int> map)
    {
        var known = values.Count;
        var first = mapped.Length;
        Array.Resize(ref mapped, Math.Max(first, known));
        Array.Resize(ref blank, Math.Max(first, known));
        for (var code = first; code < known; code++)
        {
            mapped[code] = map(values[code]);
            blank[code] = Core.Domain.Names.IsEmptyId(values[code]);
        }
    }
}
