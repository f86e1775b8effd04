using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using LanguageExt;
using LanguageExt.ClassInstances;
using static FunctionalScoring.Core.Validation.RejectionRows;

namespace FunctionalScoring.Core.Validation;

/// <summary>R24, R28, R29: turns a raw dataset into checked facts and an account of every row.</summary>
public static class DatasetChecks
{
    public static CheckedDataset Check(RuleSet rules, EvaluationWindow window, RawDataset raw)
    {
        var verdicts = Verdicts.Of(rules, window, raw);
        var tenants = TenantDirectory.From(raw.Associations.Tenant.Values.Concat(raw.Usage.Tenant.Values).Where(id => !Names.IsEmptyId(id)));
        var usage = new UsageFacts(
            UsageIndexOf(window, raw.Usage, verdicts.Usage, tenants),
            CountByReason(verdicts.Usage.Reasons, raw.Usage.Sources.Skipped()),
            Of(TableName.Usage, verdicts.Usage.Reasons, raw.Usage.Sources, row => UsageRaw(raw.Usage, row)),
            HasBaselineUsage(raw.Usage, window));
        return Assemble(rules, window, raw, tenants, usage);
    }

    /// <summary>
    /// The checked dataset from the small tables of <paramref name="raw"/> (its usage table is not
    /// read) and the usage facts a caller established, e.g. by streaming row groups. Given the
    /// same rows, it equals <see cref="Check"/>.
    /// </summary>
    public static CheckedDataset Assemble(RuleSet rules, EvaluationWindow window, RawDataset raw, TenantDirectory tenants, UsageFacts usage)
    {
        var associations = AssociationChecks.Check(rules, raw.Associations);
        var certifications = CertificationChecks.Check(rules, raw.Certifications);
        var partners = PartnerVerdicts(raw.Partners);
        var dataset = new Dataset(
            window,
            PartnerIds(raw),
            PartnerNames(raw.Partners, partners),
            UsedAssociations(raw.Associations, associations, tenants),
            UsedCertifications(raw.Certifications, certifications),
            usage.Index,
            tenants);

        var accounting =
            Accounting.Of(TableName.Associations, CountByReason(associations.Reasons))
            + Accounting.Of(TableName.Usage, usage.CountsByReason)
            + Accounting.Of(TableName.Certifications, CountByReason(certifications.Reasons))
            + Accounting.Of(TableName.Partners, CountByReason(partners));
        var rejections =
            Of(TableName.Associations, associations.Reasons, raw.Associations.Sources, row => AssociationRaw(raw.Associations, row))
            + usage.Rejections
            + Of(TableName.Certifications, certifications.Reasons, raw.Certifications.Sources, row => CertificationRaw(raw.Certifications, row))
            + Of(TableName.Partners, partners, raw.Partners.Sources, row => Raw(("partner_id", raw.Partners.Partner[row]), ("partner_name", raw.Partners.Name[row])));
        var warnings = usage.HasBaselineRows
            ? Seq<string>.Empty
            : Prelude.Seq1($"the usage table has no rows for the baseline month {window.Baseline} (less than 13 months of history): every pair reads as 0 users there (R2)");

        return new CheckedDataset(dataset, accounting, rejections, warnings);
    }

    /// <summary>The tenants of the associations table: all a streaming reader must keep usage for.</summary>
    public static TenantDirectory AssociatedTenants(RawAssociations associations) =>
        TenantDirectory.From(associations.Tenant.Values.Where(id => !Names.IsEmptyId(id)));

    /// <summary>The raw values of one usage row, as a rejection shows them.</summary>
    public static string UsageRaw(string? tenant, string? workload, DateOnly? month, long? pau, long? mau) =>
        Raw(("tenant_id", tenant), ("workload", workload), ("month", month), ("paid_available_units", pau), ("monthly_active_users", mau));

    /// <summary>
    /// <c>validate</c>: every row check of R28 over every month (no window, so R29 ignores
    /// nothing), with the account of every row and every rejection.
    /// </summary>
    public static (Accounting Accounting, Seq<Rejection> Rejections) Validate(RuleSet rules, RawDataset raw)
    {
        var verdicts = Verdicts.Of(rules, Prelude.None, raw);
        return (AccountingOf(raw, verdicts), RejectionsOf(raw, verdicts));
    }

    private sealed record Verdicts(UsageVerdicts Usage, AssociationVerdicts Associations, CertificationVerdicts Certifications, RowReason[] Partners)
    {
        public static Verdicts Of(RuleSet rules, Option<EvaluationWindow> window, RawDataset raw) => new(
            UsageChecks.Check(rules, window, raw.Usage),
            AssociationChecks.Check(rules, raw.Associations),
            CertificationChecks.Check(rules, raw.Certifications),
            PartnerVerdicts(raw.Partners));
    }

    private static RowReason[] PartnerVerdicts(RawPartners partners) =>
        [.. Enumerable.Range(0, partners.Count).Select(row => Names.IsEmptyId(partners.Partner[row]) ? RowReason.EmptyPartnerId : RowReason.None)];

    private static Accounting AccountingOf(RawDataset raw, Verdicts verdicts) =>
        Accounting.Of(TableName.Associations, CountByReason(verdicts.Associations.Reasons))
        + Accounting.Of(TableName.Usage, CountByReason(verdicts.Usage.Reasons, raw.Usage.Sources.Skipped()))
        + Accounting.Of(TableName.Certifications, CountByReason(verdicts.Certifications.Reasons))
        + Accounting.Of(TableName.Partners, CountByReason(verdicts.Partners));

    private static Seq<Rejection> RejectionsOf(RawDataset raw, Verdicts verdicts) =>
        Of(TableName.Associations, verdicts.Associations.Reasons, raw.Associations.Sources, row => AssociationRaw(raw.Associations, row))
        + Of(TableName.Usage, verdicts.Usage.Reasons, raw.Usage.Sources, row => UsageRaw(raw.Usage, row))
        + Of(TableName.Certifications, verdicts.Certifications.Reasons, raw.Certifications.Sources, row => CertificationRaw(raw.Certifications, row))
        + Of(TableName.Partners, verdicts.Partners, raw.Partners.Sources, row => Raw(("partner_id", raw.Partners.Partner[row]), ("partner_name", raw.Partners.Name[row])));

    /// <summary>R24: every non-empty partner id of any table, rejected rows included.</summary>
    private static Seq<string> PartnerIds(RawDataset raw) =>
        raw.Associations.Partner.Values.Concat(raw.Certifications.Partner.Values).Concat(raw.Partners.Partner.Values)
            .Where(id => !Names.IsEmptyId(id))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToSeq();

    /// <summary>A partner's name from the partners table; when rows disagree, the ordinally first name wins so input order never matters.</summary>
    private static Map<OrdStringOrdinal, string, string> PartnerNames(RawPartners partners, RowReason[] reasons) =>
        Enumerable.Range(0, partners.Count)
            .Where(row => reasons[row] == RowReason.None)
            .GroupBy(row => partners.Partner[row]!, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(row => partners.Name[row] ?? "").Min(StringComparer.Ordinal) ?? ""))
            .Apply(OrdinalMap);

    private static Map<OrdStringOrdinal, string, Seq<Association>> UsedAssociations(RawAssociations table, AssociationVerdicts verdicts, TenantDirectory tenants)
    {
        var tenantCode = tenants.Recode(table.Tenant.Values);
        return Enumerable.Range(0, table.Count)
            .Where(row => verdicts.Reasons[row] == RowReason.None)
            .Select(row => new Association(
                table.Partner[row]!,
                tenantCode[table.Tenant.Codes[row]],
                verdicts.Workload[row],
                verdicts.Type[row],
                table.AssociatedOn[row]!.Value,
                Prelude.Optional(table.EndedOn[row])))
            .GroupBy(a => a.PartnerId, StringComparer.Ordinal)
            .Select(g => (g.Key, g.ToSeq()))
            .Apply(OrdinalMap);
    }

    private static Map<OrdStringOrdinal, string, Seq<CertificationHeld>> UsedCertifications(RawCertifications table, CertificationVerdicts verdicts) =>
        Enumerable.Range(0, table.Count)
            .Where(row => verdicts.Reasons[row] == RowReason.None)
            .Select(row => new CertificationHeld(table.Partner[row]!, table.Person[row]!, verdicts.Certification[row], table.EarnedOn[row]!.Value, Prelude.Optional(table.ExpiresOn[row])))
            .GroupBy(c => c.PartnerId, StringComparer.Ordinal)
            .Select(g => (g.Key, g.ToSeq()))
            .Apply(OrdinalMap);

    private static Map<OrdStringOrdinal, string, T> OrdinalMap<T>(IEnumerable<(string Key, T Value)> pairs) =>
        Prelude.toMap<OrdStringOrdinal, string, T>(pairs);

    private static UsageIndex UsageIndexOf(EvaluationWindow window, RawUsage usage, UsageVerdicts verdicts, TenantDirectory tenants)
    {
        var tenantCode = tenants.Recode(usage.Tenant.Values);
        var used = Enumerable.Range(0, usage.Count).Where(row => verdicts.Reasons[row] == RowReason.None).ToArray();
        return UsageIndex.Build(
            window,
            used.Select(row => tenantCode[usage.Tenant.Codes[row]]).ToArray(),
            used.Select(row => verdicts.Workload[row]).ToArray(),
            used.Select(row => Month.OfDayNumber(usage.Month.DayNumbers[row]).Index).ToArray(),
            used.Select(row => usage.Pau.Values[row]).ToArray(),
            used.Select(row => usage.Mau.Values[row]).ToArray());
    }

    private static bool HasBaselineUsage(RawUsage usage, EvaluationWindow window) =>
        usage.Month.DayNumbers.Any(day => day != DateColumn.Null && Month.OfDayNumber(day) == window.Baseline);

    private static string AssociationRaw(RawAssociations t, int row) =>
        Raw(("partner_id", t.Partner[row]), ("tenant_id", t.Tenant[row]), ("workload", t.Workload[row]), ("association_type", t.Type[row]), ("associated_on", t.AssociatedOn[row]), ("ended_on", t.EndedOn[row]));

    private static string UsageRaw(RawUsage t, int row) => UsageRaw(t.Tenant[row], t.Workload[row], t.Month[row], t.Pau[row], t.Mau[row]);

    private static string CertificationRaw(RawCertifications t, int row) =>
        Raw(("partner_id", t.Partner[row]), ("person_id", t.Person[row]), ("certification", t.Certification[row]), ("earned_on", t.EarnedOn[row]), ("expires_on", t.ExpiresOn[row]));
}
