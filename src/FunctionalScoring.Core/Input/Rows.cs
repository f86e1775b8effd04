using LanguageExt;

namespace FunctionalScoring.Core.Input;

/// <summary>One row of the <c>associations</c> table (§7), as a record: for tests, notebooks and what-if scenarios.</summary>
public sealed record AssociationRow(string? PartnerId, string? TenantId, string? Workload, string? AssociationType, DateOnly? AssociatedOn, DateOnly? EndedOn = null);

/// <summary>One row of the <c>usage</c> table (§7).</summary>
public sealed record UsageRow(string? TenantId, string? Workload, DateOnly? Month, long? PaidAvailableUnits, long? MonthlyActiveUsers);

/// <summary>One row of the <c>certifications</c> table (§7).</summary>
public sealed record CertificationRow(string? PartnerId, string? PersonId, string? Certification, DateOnly? EarnedOn, DateOnly? ExpiresOn = null);

/// <summary>One row of the optional <c>partners</c> table (§7).</summary>
public sealed record PartnerRow(string? PartnerId, string? PartnerName);

/// <summary>Converts between row records and the columnar <see cref="RawDataset"/>.</summary>
public static class RawRows
{
    public static RawDataset ToRaw(Seq<AssociationRow> associations, Seq<UsageRow> usage, Seq<CertificationRow> certifications, Seq<PartnerRow> partners, string source = "rows") =>
        new(
            new RawAssociations(
                TextColumn.Of([.. associations.Map(r => r.PartnerId)]), TextColumn.Of([.. associations.Map(r => r.TenantId)]),
                TextColumn.Of([.. associations.Map(r => r.Workload)]), TextColumn.Of([.. associations.Map(r => r.AssociationType)]),
                DateColumn.Of([.. associations.Map(r => r.AssociatedOn)]), DateColumn.Of([.. associations.Map(r => r.EndedOn)]),
                SourceSpan.Single($"{source}:associations", associations.Count)),
            new RawUsage(
                TextColumn.Of([.. usage.Map(r => r.TenantId)]), TextColumn.Of([.. usage.Map(r => r.Workload)]),
                DateColumn.Of([.. usage.Map(r => r.Month)]),
                IntegerColumn.Of([.. usage.Map(r => r.PaidAvailableUnits)]), IntegerColumn.Of([.. usage.Map(r => r.MonthlyActiveUsers)]),
                SourceSpan.Single($"{source}:usage", usage.Count)),
            new RawCertifications(
                TextColumn.Of([.. certifications.Map(r => r.PartnerId)]), TextColumn.Of([.. certifications.Map(r => r.PersonId)]),
                TextColumn.Of([.. certifications.Map(r => r.Certification)]),
                DateColumn.Of([.. certifications.Map(r => r.EarnedOn)]), DateColumn.Of([.. certifications.Map(r => r.ExpiresOn)]),
                SourceSpan.Single($"{source}:certifications", certifications.Count)),
            new RawPartners(
                TextColumn.Of([.. partners.Map(r => r.PartnerId)]), TextColumn.Of([.. partners.Map(r => r.PartnerName)]),
                SourceSpan.Single($"{source}:partners", partners.Count)));

    public static Seq<AssociationRow> Rows(this RawAssociations t) =>
        Enumerable.Range(0, t.Count).Select(i => new AssociationRow(t.Partner[i], t.Tenant[i], t.Workload[i], t.Type[i], t.AssociatedOn[i], t.EndedOn[i])).ToSeq();

    public static Seq<UsageRow> Rows(this RawUsage t) =>
        Enumerable.Range(0, t.Count).Select(i => new UsageRow(t.Tenant[i], t.Workload[i], t.Month[i], t.Pau[i], t.Mau[i])).ToSeq();

    public static Seq<CertificationRow> Rows(this RawCertifications t) =>
        Enumerable.Range(0, t.Count).Select(i => new CertificationRow(t.Partner[i], t.Person[i], t.Certification[i], t.EarnedOn[i], t.ExpiresOn[i])).ToSeq();

    public static Seq<PartnerRow> Rows(this RawPartners t) =>
        Enumerable.Range(0, t.Count).Select(i => new PartnerRow(t.Partner[i], t.Name[i])).ToSeq();
}
