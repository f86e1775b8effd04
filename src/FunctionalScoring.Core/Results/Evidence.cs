using FunctionalScoring.Core.Domain;
using LanguageExt;

namespace FunctionalScoring.Core.Results;

/// <summary>What one evidence row is about.</summary>
public enum EvidenceKind
{
    /// <summary>R10: a tenant in Q(M) (+1) or Q(B) (−1).</summary>
    Customer,

    /// <summary>R12: a person holding a listed certification in M (+1).</summary>
    Person,

    /// <summary>R15: a credited pair's growth since its start month, or a lost pair's −MAU(B).</summary>
    PairGrowth,

    /// <summary>R18: a deployed tenant in M (+1, or 0 when excluded) or in B (−1).</summary>
    Deployment,
}

/// <summary>
/// One row behind a metric's value: who or what counted, through which type, in which month,
/// and what it contributed. A metric's value is the sum of its evidence contributions for the
/// reported type, so every number can be traced back to rows.
/// </summary>
public sealed record Evidence(
    EvidenceKind Kind,
    Option<AssociationType> Via,
    string TenantId,
    string Workload,
    string PersonId,
    string Month,
    long Contribution,
    string Detail);
