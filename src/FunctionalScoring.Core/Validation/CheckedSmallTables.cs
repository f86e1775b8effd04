using FunctionalScoring.Core.Model;
using LanguageExt;
using LanguageExt.ClassInstances;

namespace FunctionalScoring.Core.Validation;

/// <summary>
/// The small tables — associations, certifications, partners — checked (R24, R28) before a single
/// usage row is read: they say which tenants' usage the rules will read. <see cref="Tenants"/> codes
/// every tenant id of the associations table; <see cref="Associations"/> holds the used rows.
/// </summary>
public sealed record CheckedSmallTables(
    TenantDirectory Tenants,
    Seq<string> PartnerIds,
    Map<OrdStringOrdinal, string, string> PartnerNames,
    Map<OrdStringOrdinal, string, Seq<Association>> Associations,
    Map<OrdStringOrdinal, string, Seq<CertificationHeld>> Certifications,
    Map<TableName, long[]> CountsByReason,
    Seq<Rejection> Rejections)
{
    /// <summary>The run's accounting in §7's table order, the usage table's counts given.</summary>
    public Accounting AccountingWith(long[] usageCounts) =>
        Accounting.Of(TableName.Associations, CountsByReason[TableName.Associations])
        + Accounting.Of(TableName.Usage, usageCounts)
        + Accounting.Of(TableName.Certifications, CountsByReason[TableName.Certifications])
        + Accounting.Of(TableName.Partners, CountsByReason[TableName.Partners]);

    /// <summary>Every rejection in §7's table order, the usage table's given.</summary>
    public Seq<Rejection> RejectionsWith(Seq<Rejection> usage) =>
        Rejections.Filter(r => r.Table == TableName.Associations) + usage + Rejections.Filter(r => r.Table != TableName.Associations);
}
