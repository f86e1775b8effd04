namespace FunctionalScoring.Core.Validation;

/// <summary>R28, R29: why a row was ignored or rejected. <see cref="None"/> is a used row.</summary>
public enum RowReason : byte
{
    None,

    // ignored
    OutsideWindow,
    WorkloadNotEligible,
    CertificationNotListed,

    // rejected
    EmptyPartnerId,
    EmptyTenantId,
    EmptyPersonId,
    EmptyUsageKey,
    InvalidText,
    DateOutOfRange,
    EmptyUnits,
    EmptyAssociationType,
    EmptyAssociatedOn,
    EmptyCertification,
    EmptyEarnedOn,
    UnknownAssociationType,
    NegativeUnits,
    UnitsAboveLimit,
    MonthNotFirstDay,
    EndedBeforeAssociated,
    DuplicateUsageKey,
}

/// <summary>What each reason means to a reader of the run record.</summary>
public static class RowReasons
{
    public static Outcome OutcomeOf(this RowReason reason) => reason switch
    {
        RowReason.None => Outcome.Used,
        RowReason.OutsideWindow or RowReason.WorkloadNotEligible or RowReason.CertificationNotListed => Outcome.Ignored,
        _ => Outcome.Rejected,
    };

    public static string Describe(this RowReason reason) => reason switch
    {
        RowReason.None => "",
        RowReason.OutsideWindow => "outside the evaluation window",
        RowReason.WorkloadNotEligible => "workload not eligible",
        RowReason.CertificationNotListed => "certification not listed",
        RowReason.EmptyPartnerId => "empty partner_id",
        RowReason.EmptyTenantId => "empty tenant_id",
        RowReason.EmptyPersonId => "empty person_id",
        RowReason.EmptyUsageKey => "empty key (tenant_id, workload or month)",
        RowReason.InvalidText => "text is not valid UTF-8",
        RowReason.DateOutOfRange => "date outside 0001-01-01 … 9999-12-31",
        RowReason.EmptyUnits => "empty units (paid_available_units or monthly_active_users)",
        RowReason.EmptyAssociationType => "empty association_type",
        RowReason.EmptyAssociatedOn => "empty associated_on",
        RowReason.EmptyCertification => "empty certification",
        RowReason.EmptyEarnedOn => "empty earned_on",
        RowReason.UnknownAssociationType => "unknown association type",
        RowReason.NegativeUnits => "negative units",
        RowReason.UnitsAboveLimit => "units above 4,294,967,295",
        RowReason.MonthNotFirstDay => "month is not a first day",
        RowReason.EndedBeforeAssociated => "ended_on before associated_on",
        RowReason.DuplicateUsageKey => "duplicate usage key",
        _ => reason.ToString(),
    };
}
