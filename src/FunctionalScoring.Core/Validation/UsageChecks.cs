using FunctionalScoring.Core.Input;

namespace FunctionalScoring.Core.Validation;

/// <summary>What a text cell holds, as far as R28 cares.</summary>
public enum TextState : byte
{
    Present,
    Empty,
    Invalid,
}

/// <summary>R28: the row check of the usage table, one row at a time.</summary>
public static class UsageChecks
{
    /// <summary>
    /// R28's verdict on one usage row inside the window, before duplicate detection: the first failed
    /// check, or <see cref="RowReason.WorkloadNotEligible"/>, or <see cref="RowReason.None"/>.
    /// <paramref name="workload"/> is the eligible workload's index, negative when there is none;
    /// <paramref name="firstDay"/> says whether <paramref name="day"/> is the first of its month (R1).
    /// </summary>
    public static RowReason RowReasonOf(TextState tenant, TextState workloadText, int day, bool firstDay, bool hasPau, long pau, bool hasMau, long mau, int workload) =>
        (tenant == TextState.Empty || workloadText == TextState.Empty || day == DateColumn.Null) ? RowReason.EmptyUsageKey
        : (tenant == TextState.Invalid || workloadText == TextState.Invalid) ? RowReason.InvalidText
        : day == DateColumn.OutOfRange ? RowReason.DateOutOfRange
        : (!hasPau || !hasMau) ? RowReason.EmptyUnits
        : (pau < 0 || mau < 0) ? RowReason.NegativeUnits
        // R28 (reading, docs/readings.md): units no sum could hold exactly are rejected, never summed.
        : !(UnitLimit.Holds(pau) && UnitLimit.Holds(mau)) ? RowReason.UnitsAboveLimit
        : !firstDay ? RowReason.MonthNotFirstDay
        : workload < 0 ? RowReason.WorkloadNotEligible
        : RowReason.None;

    /// <summary>R6: an id or workload cell's state from its text (null and white space are empty).</summary>
    public static TextState StateOf(int code, string? text) =>
        code == TextColumn.Invalid ? TextState.Invalid
        : Domain.Names.IsEmptyId(text) ? TextState.Empty
        : TextState.Present;
}
