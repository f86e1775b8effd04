using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Usage;
using LanguageExt;
using LanguageExt.ClassInstances;
using static FunctionalScoring.Core.Validation.RejectionRows;

namespace FunctionalScoring.Core.Validation;

/// <summary>
/// R24, R28, R29: turns raw tables into checked facts and an account of every row, in stages a
/// streaming reader can follow: the small tables first (<see cref="CheckSmallTables"/>), which say
/// which usage cells to keep (<see cref="PlanCells"/>), then the usage table through a
/// <see cref="UsageFold"/>, then the dataset of each evaluated month (<see cref="Assemble"/>).
/// </summary>
public static class DatasetChecks
{
    /// <summary>The whole pipeline over tables already in memory, as of one month.</summary>
    public static CheckedDataset Check(RuleSet rules, EvaluationWindow window, RawDataset raw) =>
        Check(rules, EvaluationMonths.Single(window.AsOf), raw);

    /// <summary>
    /// The same for several as-of months at once (R30): one fold keeps the cells of every month's
    /// window; the result is as of the last month, and <see cref="History.ScoreHistory.AsOf"/> moves it.
    /// </summary>
    public static CheckedDataset Check(RuleSet rules, EvaluationMonths months, RawDataset raw)
    {
        var small = CheckSmallTables(rules, raw);
        var fold = UsageFold.Start(rules, months, PlanCells(rules, small, months));
        return Assemble(rules, new EvaluationWindow(months.Last), small, FoldWhole(fold, raw.Usage));
    }

    /// <summary>A usage table in memory through a fold: one batch per source file, then the second pass if needed.</summary>
    public static UsageFacts FoldWhole(UsageFold fold, RawUsage usage)
    {
        fold.SkipOutsideWindow(usage.Sources.Skipped());
        foreach (var batch in Batches(usage))
        {
            batch(fold.Add);
        }

        foreach (var batch in fold.NeedsSecondPass ? Batches(usage) : [])
        {
            batch(fold.AddAgain);
        }

        return fold.Finish();
    }

    /// <summary>R24, R28 on the associations, certifications and partners tables.</summary>
    public static CheckedSmallTables CheckSmallTables(RuleSet rules, RawDataset raw)
    {
        var associations = AssociationChecks.Check(rules, raw.Associations);
        var certifications = CertificationChecks.Check(rules, raw.Certifications);
        var partners = PartnerVerdicts(raw.Partners);
        var tenants = TenantDirectory.From(raw.Associations.Tenant.Values.Where(id => !Names.IsEmptyId(id)));
        return new CheckedSmallTables(
            tenants,
            PartnerIds(raw),
            PartnerNames(raw.Partners, partners),
            UsedAssociations(raw.Associations, associations, tenants),
            UsedCertifications(raw.Certifications, certifications),
            Prelude.Map(
                (TableName.Associations, CountByReason(associations.Reasons)),
                (TableName.Certifications, CountByReason(certifications.Reasons)),
                (TableName.Partners, CountByReason(partners))),
            Of(TableName.Associations, associations.Reasons, raw.Associations.Sources, row => AssociationRaw(raw.Associations, row))
            + Of(TableName.Certifications, certifications.Reasons, raw.Certifications.Sources, row => CertificationRaw(raw.Certifications, row))
            + Of(TableName.Partners, partners, raw.Partners.Sources, row => Raw(("partner_id", raw.Partners.Partner[row]), ("partner_name", raw.Partners.Name[row]))));
    }

    /// <summary>
    /// The usage cells the rules read for <paramref name="months"/>: the pairs the used associations
    /// cover, of the partners <paramref name="keepsPartner"/> keeps (all by default: a shard or a
    /// single partner keep fewer; every row is still checked and counted).
    /// </summary>
    public static CellPlan PlanCells(RuleSet rules, CheckedSmallTables small, EvaluationMonths months, Func<string, bool>? keepsPartner = null) =>
        CellPlan.Of(months, rules.Workloads.Count, small.Tenants, small.Associations.AsEnumerable()
            .Where(p => keepsPartner is null || keepsPartner(p.Key))
            .SelectMany(p => p.Value)
            .Select(a => new Coverage(a.Tenant, a.Workload, a.ClaimMonth)));

    /// <summary>The checked dataset of one evaluated month from the small tables and the usage facts.</summary>
    public static CheckedDataset Assemble(RuleSet rules, EvaluationWindow window, CheckedSmallTables small, UsageFacts usage)
    {
        var dataset = new Dataset(window, small.PartnerIds, small.PartnerNames, small.Associations, small.Certifications, usage.Index, small.Tenants);
        return new CheckedDataset(dataset, small.AccountingWith(usage.CountsByReason), small.RejectionsWith(usage.Rejections), Warnings(window, usage));
    }

    /// <summary>
    /// <c>validate</c>: every row check of R28 over every month (no window, so R29 ignores
    /// nothing), with the account of every row and every rejection.
    /// </summary>
    public static (Accounting Accounting, Seq<Rejection> Rejections) Validate(RuleSet rules, RawDataset raw)
    {
        var small = CheckSmallTables(rules, raw);
        var usage = FoldWhole(UsageFold.Validate(rules), raw.Usage);
        return (small.AccountingWith(usage.CountsByReason), small.RejectionsWith(usage.Rejections));
    }

    /// <summary>R2: a window whose baseline or as-of month holds no usage row still runs, and says so.</summary>
    private static Seq<string> Warnings(EvaluationWindow window, UsageFacts usage) =>
        (usage.MonthsWithRows.Contains(window.AsOf)
            ? Seq<string>.Empty
            : Prelude.Seq1($"the usage table has no rows for the as-of month {window.AsOf}: every pair reads as 0 users then (R2, R8)"))
        + (usage.MonthsWithRows.Contains(window.Baseline)
            ? Seq<string>.Empty
            : Prelude.Seq1($"the usage table has no rows for the baseline month {window.Baseline} (less than 13 months of history): every pair reads as 0 users there (R2)"));

    /// <summary>The rows of each source file as one batch each, handed to a fold's step.</summary>
    private static IEnumerable<Action<UsageStep>> Batches(RawUsage usage)
    {
        var spans = usage.Sources.IsEmpty ? Prelude.Seq1(new SourceSpan("", 0, usage.Count, 0, 0)) : usage.Sources;
        var ordinal = 0;
        foreach (var span in spans)
        {
            var (first, count, file, fileRow, index) = (span.FirstRow, span.RowCount, span.File, span.FileRowOffset, ordinal++);
            yield return step => step(new UsageBatch(
                usage.Tenant.Codes.AsSpan(first, count), usage.Workload.Codes.AsSpan(first, count), usage.Month.DayNumbers.AsSpan(first, count),
                usage.Pau.Values.AsSpan(first, count), usage.Pau.Present.AsSpan(first, count), usage.Mau.Values.AsSpan(first, count), usage.Mau.Present.AsSpan(first, count),
                usage.Tenant.Values, usage.Workload.Values, new BatchOrigin(file, index, fileRow)));
        }
    }

    private static RowReason[] PartnerVerdicts(RawPartners partners) =>
        [.. Enumerable.Range(0, partners.Count).Select(row =>
            partners.Partner.Codes[row] == TextColumn.Invalid || partners.Name.Codes[row] == TextColumn.Invalid ? RowReason.InvalidText
            : Names.IsEmptyId(partners.Partner[row]) ? RowReason.EmptyPartnerId
            : RowReason.None)];

    /// <summary>R24: every non-empty partner id of any table, rejected rows included.</summary>
    private static Seq<string> PartnerIds(RawDataset raw) =>
        raw.Associations.Partner.Values.Concat(raw.Certifications.Partner.Values).Concat(raw.Partners.Partner.Values)
            .Where(id => !Names.IsEmptyId(id))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToSeq()
            .Strict();

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
            .Select(g => (g.Key, g.ToSeq().Strict()))
            .Apply(OrdinalMap);
    }

    private static Map<OrdStringOrdinal, string, Seq<CertificationHeld>> UsedCertifications(RawCertifications table, CertificationVerdicts verdicts) =>
        Enumerable.Range(0, table.Count)
            .Where(row => verdicts.Reasons[row] == RowReason.None)
            .Select(row => new CertificationHeld(table.Partner[row]!, table.Person[row]!, verdicts.Certification[row], table.EarnedOn[row]!.Value, Prelude.Optional(table.ExpiresOn[row])))
            .GroupBy(c => c.PartnerId, StringComparer.Ordinal)
            .Select(g => (g.Key, g.ToSeq().Strict()))
            .Apply(OrdinalMap);

    private static Map<OrdStringOrdinal, string, T> OrdinalMap<T>(IEnumerable<(string Key, T Value)> pairs) =>
        Prelude.toMap<OrdStringOrdinal, string, T>(pairs);

    private static string AssociationRaw(RawAssociations t, int row) =>
        Raw(("partner_id", t.Partner[row]), ("tenant_id", t.Tenant[row]), ("workload", t.Workload[row]), ("association_type", t.Type[row]), ("associated_on", t.AssociatedOn[row]), ("ended_on", t.EndedOn[row]));

    private static string CertificationRaw(RawCertifications t, int row) =>
        Raw(("partner_id", t.Partner[row]), ("person_id", t.Person[row]), ("certification", t.Certification[row]), ("earned_on", t.EarnedOn[row]), ("expires_on", t.ExpiresOn[row]));
}

/// <summary>A step of a <see cref="UsageFold"/>: <see cref="UsageFold.Add"/> or <see cref="UsageFold.AddAgain"/>.</summary>
public delegate void UsageStep(UsageBatch batch);
