using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Time;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.WhatIf;

/// <summary>
/// What a scenario can only be checked against once the rule set, the window and the data are
/// known: names the rule set does not list, dates that could not matter, tenants that already exist.
/// A fact that could not change any score is refused rather than silently doing nothing.
/// </summary>
public static class ScenarioChecks
{
    public static Validation<ScenarioError, Unit> Check(Scenario scenario, ScenarioTarget target, RawDataset raw)
    {
        var existing = ExistingPairs(scenario, target, raw.Usage);
        var errors =
            scenario.AddTenants.Select((t, i) => (t, i)).ToSeq().Bind(x => TenantAddition(x.t, $"addTenants[{x.i}]", target, existing, scenario.AddTenants.Take(x.i)))
            + scenario.AddAssociations.Select((a, i) => (a, i)).ToSeq().Bind(x =>
                Type($"addAssociations[{x.i}].type", x.a.Type, target) + Workload($"addAssociations[{x.i}].workload", x.a.Workload, target))
            + scenario.RemoveAssociations.Select((r, i) => (r, i)).ToSeq().Bind(x =>
                x.r.Type.ToSeq().Bind(type => Type($"removeAssociations[{x.i}].type", type, target)) + Workload($"removeAssociations[{x.i}].workload", x.r.Workload, target))
            + scenario.AddPersons.Select((p, i) => (p, i)).ToSeq().Bind(x => x.p.Certifications.Select((c, j) => (c, j)).ToSeq()
                .Filter(c => target.Rules.Certification(c.c).IsNone)
                .Map(c => ScenarioError.NotListed($"addPersons[{x.i}].certifications[{c.j}]", c.c, target.Rules.Id)))
            + scenario.SetUsage.Select((u, i) => (u, i)).ToSeq().Bind(x => UsageChange(x.u, $"setUsage[{x.i}]", target));
        return errors.IsEmpty ? Success<ScenarioError, Unit>(unit) : Fail<ScenarioError, Unit>(errors);
    }

    private static Seq<ScenarioError> TenantAddition(TenantAddition t, string field, ScenarioTarget target, System.Collections.Generic.HashSet<(string, int)> existing, Seq<TenantAddition> earlier)
    {
        var window = target.Window;
        var claim = t.ClaimedOn.Map(Month.Of);
        var inside = claim.Exists(m => m > window.Baseline && m < window.AsOf);
        var workload = target.Rules.Workload(t.Workload);
        return Workload($"{field}.workload", Some(t.Workload), target)
            + Type($"{field}.type", t.Type, target)
            + Error(claim.Exists(m => m > window.AsOf), $"{field}.claimedOn", $"is after the as-of month {window.AsOf}: the association would not be in force (R3)")
            + Error(!inside && (t.PauAtClaim.IsSome || t.MauAtClaim.IsSome), $"{field}.claimedOn", $"must lie strictly between {window.Baseline} and {window.AsOf} for pauAtClaim/mauAtClaim to mean a month of their own (R15)")
            + Error(workload.Exists(w => existing.Contains((t.TenantId, w))), $"{field}.tenantId", $"'{t.TenantId}' already has {t.Workload} usage: use addAssociations and setUsage for a tenant of the dataset")
            + Error(earlier.Exists(e => e.TenantId == t.TenantId && target.SameWorkload(e.Workload, t.Workload)), $"{field}.tenantId", $"'{t.TenantId}' ({t.Workload}) is added twice");
    }

    private static Seq<ScenarioError> UsageChange(UsageChange u, string field, ScenarioTarget target) =>
        Workload($"{field}.workload", Some(u.Workload), target)
        + Error(!target.Window.Covers(u.Month), $"{field}.month", $"{u.Month} lies outside [{target.Window.Baseline}, {target.Window.AsOf}]: it cannot change any score (R29)");

    private static Seq<ScenarioError> Type(string field, string type, ScenarioTarget target) =>
        Error(target.Rules.AssociationType(type).IsNone, field, ScenarioError.UnknownType(field, type).Problem);

    /// <summary>An empty workload means tenant-wide (R6); any other must be eligible, or the fact would credit nothing.</summary>
    private static Seq<ScenarioError> Workload(string field, Option<string> workload, ScenarioTarget target) =>
        workload.Filter(w => !string.IsNullOrWhiteSpace(w) && target.Rules.Workload(w).IsNone)
            .Map(w => ScenarioError.NotEligible(field, w, target.Rules.Id))
            .ToSeq();

    private static Seq<ScenarioError> Error(bool when, string field, string problem) =>
        when ? Seq1(ScenarioError.Conflict(field, problem)) : LanguageExt.Seq<ScenarioError>.Empty;

    /// <summary>
    /// The (tenant, eligible workload) pairs the usage table already has for the tenants a scenario
    /// adds (and does not remove first). <paramref name="usage"/> needs only those tenants' rows: a partner's slice will do.
    /// </summary>
    private static System.Collections.Generic.HashSet<(string, int)> ExistingPairs(Scenario scenario, ScenarioTarget target, RawUsage usage)
    {
        var wanted = new System.Collections.Generic.HashSet<string>(scenario.AddTenants.Map(t => t.TenantId), StringComparer.Ordinal);
        wanted.ExceptWith(scenario.RemoveTenants.Map(t => t.TenantId));
        var pairs = new System.Collections.Generic.HashSet<(string, int)>();
        if (wanted.Count == 0)
        {
            return pairs;
        }

        var tenantWanted = usage.Tenant.Values.Select(wanted.Contains).ToArray();
        var workloadOf = usage.Workload.Values.Select(w => target.Rules.Workload(w).IfNone(-1)).ToArray();
        for (var row = 0; row < usage.Count; row++)
        {
            var tenant = usage.Tenant.Codes[row];
            var workload = usage.Workload.Codes[row];
            if (tenant != TextColumn.Null && tenantWanted[tenant] && workload != TextColumn.Null && workloadOf[workload] >= 0)
            {
                pairs.Add((usage.Tenant.Values[tenant], workloadOf[workload]));
            }
        }

        return pairs;
    }
}
