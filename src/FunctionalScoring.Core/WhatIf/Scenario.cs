using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.WhatIf;

/// <summary>
/// A what-if: hypothetical facts added to or removed from one partner's data, and optionally
/// another as-of month or rule set. Applied in a fixed order (docs/scenarios.md): removals of
/// tenants, associations and persons first, then additions of tenants, associations and persons,
/// then usage changes, so a usage change can edit a tenant the scenario adds.
/// </summary>
public sealed record Scenario(
    string Description,
    Option<Month> AsOf,
    Option<string> Rules,
    Seq<TenantRemoval> RemoveTenants,
    Seq<AssociationRemoval> RemoveAssociations,
    Seq<PersonRemoval> RemovePersons,
    Seq<TenantAddition> AddTenants,
    Seq<AssociationAddition> AddAssociations,
    Seq<PersonAddition> AddPersons,
    Seq<UsageChange> SetUsage)
{
    /// <summary>The scenario that changes nothing.</summary>
    public static readonly Scenario Empty = new(
        "", Prelude.None, Prelude.None,
        Seq<TenantRemoval>.Empty, Seq<AssociationRemoval>.Empty, Seq<PersonRemoval>.Empty,
        Seq<TenantAddition>.Empty, Seq<AssociationAddition>.Empty, Seq<PersonAddition>.Empty, Seq<UsageChange>.Empty);

    /// <summary>True when the scenario edits no row (it may still change the as-of month or the rule set).</summary>
    public bool ChangesNoFacts =>
        RemoveTenants.IsEmpty && RemoveAssociations.IsEmpty && RemovePersons.IsEmpty
        && AddTenants.IsEmpty && AddAssociations.IsEmpty && AddPersons.IsEmpty && SetUsage.IsEmpty;

    /// <summary>This scenario's edits followed by <paramref name="next"/>'s (its as-of month and rule set win when given).</summary>
    public Scenario Then(Scenario next) => new(
        string.Join("; ", new[] { Description, next.Description }.Where(d => d.Length > 0)),
        next.AsOf | AsOf,
        next.Rules | Rules,
        RemoveTenants + next.RemoveTenants,
        RemoveAssociations + next.RemoveAssociations,
        RemovePersons + next.RemovePersons,
        AddTenants + next.AddTenants,
        AddAssociations + next.AddAssociations,
        AddPersons + next.AddPersons,
        SetUsage + next.SetUsage);
}

/// <summary>
/// A hypothetical tenant linked to the partner through one association type on one workload:
/// PAU and MAU in the as-of month M, and optionally in the claim month (when it lies strictly
/// inside the window) and in the baseline month B. Months not given have no usage row (PAU = MAU = 0).
/// </summary>
public sealed record TenantAddition(
    string TenantId,
    string Workload,
    string Type,
    long Pau,
    long Mau,
    Option<DateOnly> ClaimedOn,
    Option<long> PauAtClaim,
    Option<long> MauAtClaim,
    Option<long> PauAtBaseline,
    Option<long> MauAtBaseline);

/// <summary>Every row of a tenant, whoever it is linked to: its usage and every association to it.</summary>
public sealed record TenantRemoval(string TenantId);

/// <summary>A new association of the partner to a tenant (empty workload: tenant-wide, R6).</summary>
public sealed record AssociationAddition(string TenantId, Option<string> Workload, string Type, Option<DateOnly> AssociatedOn, Option<DateOnly> EndedOn);

/// <summary>
/// The partner's associations to a tenant, narrowed by workload and type when given, are deleted;
/// with <see cref="EndedOn"/> they are ended on that day instead (an earlier end is kept).
/// </summary>
public sealed record AssociationRemoval(string TenantId, Option<string> Workload, Option<string> Type, Option<DateOnly> EndedOn);

/// <summary>A person of the partner earning certifications (a new person, or more certifications for an existing one).</summary>
public sealed record PersonAddition(string PersonId, Seq<string> Certifications, Option<DateOnly> EarnedOn, Option<DateOnly> ExpiresOn);

/// <summary>A person's certification rows, only the named certifications when any are given, else all of them.</summary>
public sealed record PersonRemoval(string PersonId, Seq<string> Certifications);

/// <summary>A tenant's PAU and/or MAU of one workload in one month, replacing that month's row or adding one.</summary>
public sealed record UsageChange(string TenantId, string Workload, Month Month, Option<long> Pau, Option<long> Mau);
