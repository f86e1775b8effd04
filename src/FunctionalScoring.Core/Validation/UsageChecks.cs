using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.Validation;

/// <summary>The verdict on every usage row, and the eligible workload of each used row.</summary>
public sealed record UsageVerdicts(RowReason[] Reasons, int[] Workload);

/// <summary>R28, R29: the row checks of the usage table.</summary>
public static class UsageChecks
{
    /// <summary>
    /// Classifies every usage row. With a window, rows whose month lies outside [B, M] are ignored
    /// unchecked (R29); without one (<c>validate</c>), every row is checked.
    /// </summary>
    public static UsageVerdicts Check(RuleSet rules, LanguageExt.Option<EvaluationWindow> window, RawUsage usage)
    {
        var rows = usage.Count;
        var reasons = new RowReason[rows];
        var workloadOf = new int[rows];
        var eligible = usage.Workload.Values.Select(name => rules.Workload(name).IfNone(-1)).ToArray();
        var blankTenant = usage.Tenant.Values.Select(Domain.Names.IsEmptyId).ToArray();
        var blankWorkload = usage.Workload.Values.Select(Domain.Names.IsEmptyId).ToArray();
        var (hasWindow, first, last) = window.Match(w => (true, w.Baseline.Index, w.AsOf.Index), () => (false, 0, 0));

        for (var row = 0; row < rows; row++)
        {
            var day = usage.Month.DayNumbers[row];
            if (hasWindow && day != DateColumn.Null)
            {
                var month = Month.OfDayNumber(day).Index;
                if (month < first || month > last)
                {
                    reasons[row] = RowReason.OutsideWindow;
                    continue;
                }
            }

            var tenant = usage.Tenant.Codes[row];
            var workload = usage.Workload.Codes[row];
            workloadOf[row] = workload == TextColumn.Null ? -1 : eligible[workload];
            reasons[row] = RowReasonOf(tenant == TextColumn.Null || blankTenant[tenant], workload == TextColumn.Null || blankWorkload[workload], day, usage.Pau.Values[row], usage.Mau.Values[row], workloadOf[row]);
        }

        RejectDuplicateKeys(usage, reasons, workloadOf);
        return new UsageVerdicts(reasons, workloadOf);
    }

    /// <summary>
    /// R28's verdict on one in-window usage row before duplicate detection: the first failed check,
    /// or <see cref="RowReason.WorkloadNotEligible"/>, or <see cref="RowReason.None"/>.
    /// </summary>
    public static RowReason RowReasonOf(bool blankTenant, bool blankWorkload, int day, long pau, long mau, int workload) =>
        (blankTenant || blankWorkload || day == DateColumn.Null) ? RowReason.EmptyUsageKey
        : (pau == IntegerColumn.Null || mau == IntegerColumn.Null) ? RowReason.EmptyUnits
        : (pau < 0 || mau < 0) ? RowReason.NegativeUnits
        : DateOnly.FromDayNumber(day).Day != 1 ? RowReason.MonthNotFirstDay
        : workload < 0 ? RowReason.WorkloadNotEligible
        : RowReason.None;

    /// <summary>
    /// R28: every copy of a (tenant, eligible workload, month date) key is rejected, a clean copy
    /// included; a copy that is invalid for another reason keeps that reason.
    /// </summary>
    private static void RejectDuplicateKeys(RawUsage usage, RowReason[] reasons, int[] workloadOf)
    {
        var firstRowOfKey = new Dictionary<(int Tenant, int Workload, int Day), int>();
        var duplicated = new HashSet<(int, int, int)>();
        for (var row = 0; row < reasons.Length; row++)
        {
            if (!HasKey(reasons[row], workloadOf[row]))
            {
                continue;
            }

            var key = (usage.Tenant.Codes[row], workloadOf[row], usage.Month.DayNumbers[row]);
            if (!firstRowOfKey.TryAdd(key, row))
            {
                duplicated.Add(key);
            }
        }

        if (duplicated.Count == 0)
        {
            return;
        }

        for (var row = 0; row < reasons.Length; row++)
        {
            if (reasons[row] == RowReason.None && duplicated.Contains((usage.Tenant.Codes[row], workloadOf[row], usage.Month.DayNumbers[row])))
            {
                reasons[row] = RowReason.DuplicateUsageKey;
            }
        }
    }

    /// <summary>A row takes part in duplicate detection when its key is complete and its workload eligible.</summary>
    public static bool HasKey(RowReason reason, int workload) =>
        workload >= 0 && reason is not (RowReason.OutsideWindow or RowReason.EmptyUsageKey);
}
