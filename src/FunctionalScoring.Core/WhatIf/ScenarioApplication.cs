using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.WhatIf;

/// <summary>
/// Applies a scenario to a raw dataset by editing its rows (<see cref="RawRows"/>): a pure function
/// from tables to tables, so the edited dataset goes through the very same checks and scoring.
/// Only the tables a scenario touches are rebuilt.
/// </summary>
public static class ScenarioApplication
{
    public static RawDataset Apply(Scenario scenario, ScenarioTarget target, RawDataset raw)
    {
        if (scenario.ChangesNoFacts)
        {
            return raw;
        }

        var touchesAssociations = !(scenario.RemoveTenants.IsEmpty && scenario.RemoveAssociations.IsEmpty && scenario.AddTenants.IsEmpty && scenario.AddAssociations.IsEmpty);
        var touchesUsage = !(scenario.RemoveTenants.IsEmpty && scenario.AddTenants.IsEmpty && scenario.SetUsage.IsEmpty);
        var touchesCertifications = !(scenario.RemovePersons.IsEmpty && scenario.AddPersons.IsEmpty);
        var associations = touchesAssociations ? Associations(scenario, target, raw.Associations.Rows()) : Seq<AssociationRow>.Empty;
        var usage = touchesUsage ? Usage(scenario, target, raw.Usage.Rows()) : Seq<UsageRow>.Empty;
        var certifications = touchesCertifications ? Certifications(scenario, target, raw.Certifications.Rows()) : Seq<CertificationRow>.Empty;
        var edited = RawRows.ToRaw(associations, usage, certifications, Seq<PartnerRow>.Empty, "what-if");
        return raw with
        {
            Associations = touchesAssociations ? edited.Associations : raw.Associations,
            Usage = touchesUsage ? edited.Usage : raw.Usage,
            Certifications = touchesCertifications ? edited.Certifications : raw.Certifications,
        };
    }

    private static Seq<AssociationRow> Associations(Scenario scenario, ScenarioTarget target, Seq<AssociationRow> rows)
    {
        var removedTenants = scenario.RemoveTenants.Map(t => t.TenantId).ToHashSet();
        var kept = rows.Filter(r => r.TenantId is null || !removedTenants.Contains(r.TenantId));
        var edited = scenario.RemoveAssociations.Fold(kept, (current, removal) => Remove(current, removal, target));
        var firstDay = target.AsOf.FirstDay;
        return edited
            + scenario.AddTenants.Map(t => new AssociationRow(target.PartnerId, t.TenantId, t.Workload, t.Type, t.ClaimedOn.IfNone(firstDay)))
            + scenario.AddAssociations.Map(a => new AssociationRow(target.PartnerId, a.TenantId, a.Workload.IfNone(""), a.Type, a.AssociatedOn.IfNone(firstDay), a.EndedOn.ToNullable()));
    }

    /// <summary>The partner's rows to the tenant (only the workload and type named, when named) are deleted or ended.</summary>
    private static Seq<AssociationRow> Remove(Seq<AssociationRow> rows, AssociationRemoval removal, ScenarioTarget target)
    {
        bool Matches(AssociationRow r) =>
            r.PartnerId == target.PartnerId
            && r.TenantId == removal.TenantId
            && removal.Workload.ForAll(w => target.SameWorkload(r.Workload, w))
            && removal.Type.ForAll(t => target.SameType(r.AssociationType, t));

        return removal.EndedOn.Match(
            Some: end => rows.Map(r => Matches(r) && (r.EndedOn is null || r.EndedOn > end) ? r with { EndedOn = end } : r),
            None: () => rows.Filter(r => !Matches(r)));
    }

    private static Seq<UsageRow> Usage(Scenario scenario, ScenarioTarget target, Seq<UsageRow> rows)
    {
        var removedTenants = scenario.RemoveTenants.Map(t => t.TenantId).ToHashSet();
        var kept = rows.Filter(r => r.TenantId is null || !removedTenants.Contains(r.TenantId));
        var added = kept + scenario.AddTenants.Bind(t => TenantUsage(t, target.Window));
        return scenario.SetUsage.Fold(added, (current, change) => Set(current, change, target));
    }

    /// <summary>An added tenant's usage rows: M always; the claim month when strictly inside (B, M); B when any baseline figure is given.</summary>
    private static Seq<UsageRow> TenantUsage(TenantAddition t, EvaluationWindow window)
    {
        var claim = t.ClaimedOn.Map(Month.Of).Filter(m => m > window.Baseline && m < window.AsOf);
        var atBaseline = t.PauAtBaseline.IsSome || t.MauAtBaseline.IsSome;
        return Prelude.Seq1(Row(t, window.AsOf, t.Pau, t.Mau))
            + claim.Map(m => Row(t, m, t.PauAtClaim.IfNone(t.Pau), t.MauAtClaim.IfNone(0))).ToSeq()
            + (atBaseline ? Prelude.Seq1(Row(t, window.Baseline, t.PauAtBaseline.IfNone(0), t.MauAtBaseline.IfNone(0))) : Seq<UsageRow>.Empty);
    }

    private static UsageRow Row(TenantAddition t, Month month, long pau, long mau) => new(t.TenantId, t.Workload, month.FirstDay, pau, mau);

    /// <summary>Replaces the month's row(s) of the tenant's workload, keeping a figure the change leaves out; adds a row when there is none.</summary>
    private static Seq<UsageRow> Set(Seq<UsageRow> rows, UsageChange change, ScenarioTarget target)
    {
        bool Matches(UsageRow r) =>
            r.TenantId == change.TenantId && r.Month == change.Month.FirstDay && target.SameWorkload(r.Workload, change.Workload);

        var existing = rows.Find(Matches);
        var row = new UsageRow(
            change.TenantId,
            existing.Map(r => r.Workload).IfNone(change.Workload),
            change.Month.FirstDay,
            change.Pau.IfNone(() => existing.Bind(r => Prelude.Optional(r.PaidAvailableUnits)).IfNone(0)),
            change.Mau.IfNone(() => existing.Bind(r => Prelude.Optional(r.MonthlyActiveUsers)).IfNone(0)));
        return rows.Filter(r => !Matches(r)).Add(row);
    }

    private static Seq<CertificationRow> Certifications(Scenario scenario, ScenarioTarget target, Seq<CertificationRow> rows)
    {
        var kept = scenario.RemovePersons.Fold(rows, (current, removal) => current.Filter(r => !(
            r.PartnerId == target.PartnerId
            && r.PersonId == removal.PersonId
            && (removal.Certifications.IsEmpty || removal.Certifications.Exists(c => target.SameCertification(r.Certification, c))))));
        var earned = target.AsOf.FirstDay;
        return kept + scenario.AddPersons.Bind(p => p.Certifications.Map(c =>
            new CertificationRow(target.PartnerId, p.PersonId, c, p.EarnedOn.IfNone(earned), p.ExpiresOn.ToNullable())));
    }

    private static DateOnly? ToNullable(this Option<DateOnly> value) => value.IsSome ? value.IfNone(default(DateOnly)) : null;
}
