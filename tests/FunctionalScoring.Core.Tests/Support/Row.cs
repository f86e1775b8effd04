using System.Globalization;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.Tests.Support;

/// <summary>The fixed window every test is evaluated in: M = 2025-06, B = 2024-06 (R2).</summary>
public static class TestWindow
{
    public static readonly Month M = Month.Of(2025, 6);

    public static readonly Month B = Month.Of(2024, 6);

    /// <summary>The first day of M, as the usage table names it (R1).</summary>
    public const string MDay = "2025-06-01";

    /// <summary>The first day of B.</summary>
    public const string BDay = "2024-06-01";

    /// <summary>A date well before B: an association claimed then starts its growth at B (R15).</summary>
    public const string LongAgo = "2023-01-15";
}

/// <summary>Row records of §7 written as short tables, dates as <c>yyyy-MM-dd</c> text.</summary>
public static class Row
{
    public static UsageRow Usage(string? tenant, string? workload, string? month, long? pau, long? mau) =>
        new(tenant, workload, Day(month), pau, mau);

    public static AssociationRow Association(string? partner, string? tenant, string? workload, string? type, string? associatedOn, string? endedOn = null) =>
        new(partner, tenant, workload, type, Day(associatedOn), Day(endedOn));

    public static CertificationRow Certification(string? partner, string? person, string? certification, string? earnedOn, string? expiresOn = null) =>
        new(partner, person, certification, Day(earnedOn), Day(expiresOn));

    public static PartnerRow Partner(string? partner, string? name) => new(partner, name);

    public static DateOnly? Day(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
