using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Results;

/// <summary>What one evidence row is about.</summary>
public enum EvidenceKind
{
    /// <summary>R10: a pair credited through one type in M or B; its tenant counts +1 (M) or −1 (B) once.</summary>
    Customer,

    /// <summary>R12: a listed certification a person holds in M; the person counts +1 once.</summary>
    Person,

    /// <summary>R15: a credited pair's growth since its start month, or a lost pair's −MAU(B).</summary>
    PairGrowth,

    /// <summary>R17, R18: a credited pair deployed in M or B; its tenant counts +1 (M) or −1 (B) once.</summary>
    Deployment,
}

/// <summary>
/// One row behind a metric's value, as typed facts: which partner, path, metric and association
/// type; which tenant and workload, or person and certification; the month it is about and what it
/// contributed; and the figures the rule read. For the reported type, a metric's value is the sum of
/// its rows' contributions. A tenant or person that counts once however many rows name it carries
/// its ±1 on one row and 0 on the others. Fields a kind does not have are None; sentences for
/// people are rendered from these fields at the edge.
/// </summary>
/// <param name="PartnerId">The partner scored.</param>
/// <param name="Path">The path the metric belongs to.</param>
/// <param name="Metric">The metric whose value the row is part of.</param>
/// <param name="Kind">What the row is about; it decides which of the optional fields are set.</param>
/// <param name="Via">The type the row's pair is credited through; None for persons.</param>
/// <param name="Reported">The row's type is the one the metric reports (always, for metrics without types).</param>
/// <param name="TenantId">The tenant of the row's pair; None for persons.</param>
/// <param name="Workload">The eligible workload of the row's pair (its canonical name); None for persons.</param>
/// <param name="PersonId">The person counted; None for pairs.</param>
/// <param name="Certification">The listed certification (canonical name) the person holds in M; None for pairs.</param>
/// <param name="Month">The month the row is about: M, or B for baseline and lost rows.</param>
/// <param name="Contribution">What the row adds to its type's value.</param>
/// <param name="ClaimMonth">R4: the claim month of the credit (the earliest among the rows crediting the pair through the type).</param>
/// <param name="StartMonth">R15: max(B, claim month), for a pair credited in M.</param>
/// <param name="MauAtStart">R15: MAU in <paramref name="StartMonth"/>.</param>
/// <param name="Pau">PAU of the pair in <paramref name="Month"/>.</param>
/// <param name="Mau">MAU of the pair in <paramref name="Month"/>.</param>
/// <param name="ExcludedByR18">R18, deployments in M: claimed inside the window and already deployed in its claim month.</param>
/// <param name="Lost">R15: the pair was credited in B but not in M.</param>
public sealed record Evidence(
    string PartnerId,
    PathName Path,
    Metric Metric,
    EvidenceKind Kind,
    Option<AssociationType> Via,
    bool Reported,
    Option<string> TenantId,
    Option<string> Workload,
    Option<string> PersonId,
    Option<string> Certification,
    Month Month,
    long Contribution,
    Option<Month> ClaimMonth,
    Option<Month> StartMonth,
    Option<long> MauAtStart,
    Option<long> Pau,
    Option<long> Mau,
    Option<bool> ExcludedByR18,
    Option<bool> Lost)
{
    /// <summary>R17: MAU / PAU in the row's month, for deployment rows (whose PAU is never 0).</summary>
    public Option<decimal> ActiveShare =>
        Kind == EvidenceKind.Deployment && Pau.Case is long pau && pau > 0 && Mau.Case is long mau ? (decimal)mau / pau : Prelude.None;
}
