using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Validation;

namespace FunctionalScoring.Core.Usage;

/// <summary>How a usage row shows in a rejection: its raw values (R28).</summary>
public static class UsageRows
{
    public static string Raw(string? tenant, string? workload, DateOnly? month, long? pau, long? mau) =>
        RejectionRows.Raw(("tenant_id", tenant), ("workload", workload), ("month", month), ("paid_available_units", pau), ("monthly_active_users", mau));

    internal static string Raw(UsageBatch batch, int row) =>
        RejectionRows.Raw(
            ("tenant_id", Text(batch.Tenant[row], batch.TenantTexts)),
            ("workload", Text(batch.Workload[row], batch.WorkloadTexts)),
            ("month", batch.Day[row] switch { DateColumn.Null => null, DateColumn.OutOfRange => RawValue.OutOfRange, var day => DateOnly.FromDayNumber(day) }),
            ("paid_available_units", batch.HasPau(row) ? batch.Pau[row] : null),
            ("monthly_active_users", batch.HasMau(row) ? batch.Mau[row] : null));

    private static object? Text(int code, IReadOnlyList<string> texts) => code switch
    {
        TextColumn.Null => null,
        TextColumn.Invalid => RawValue.NotUtf8,
        _ => texts[code],
    };
}

/// <summary>Raw values a rejection cannot show as they were stored.</summary>
public sealed record RawValue(string Shown)
{
    public static readonly RawValue NotUtf8 = new("(bytes that are not valid UTF-8)");

    public static readonly RawValue OutOfRange = new("(a date outside 0001-01-01 … 9999-12-31)");

    public override string ToString() => Shown;
}
