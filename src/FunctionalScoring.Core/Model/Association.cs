using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Model;

/// <summary>
/// A checked association row (§1). <see cref="Workload"/> is the rule set's index of an eligible
/// workload, or <see cref="TenantWide"/> when the row covers every eligible workload of the tenant.
/// </summary>
public sealed record Association(string PartnerId, int Tenant, int Workload, AssociationType Type, DateOnly AssociatedOn, Option<DateOnly> EndedOn)
{
    public const int TenantWide = -1;

    /// <summary>R3: in force on the last day of the month.</summary>
    public bool InForce(Month month) => EvaluationWindow.InForce(AssociatedOn, EndedOn, month);

    /// <summary>R4: the month containing <c>associated_on</c>.</summary>
    public Month ClaimMonth => Month.Of(AssociatedOn);

    public bool Covers(int workload) => Workload == TenantWide || Workload == workload;
}
