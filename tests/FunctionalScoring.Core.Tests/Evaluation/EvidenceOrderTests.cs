using FsCheck.Xunit;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Time;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Tests.Evaluation;

/// <summary>The order of one metric's evidence rows, which every output byte depends on.</summary>
public sealed class EvidenceOrderTests
{
    private static readonly Month June = Month.Of(2025, 6);
    private static readonly Month May = Month.Of(2025, 5);

    [Fact]
    public void Rows_go_by_type_with_none_first_then_month_tenant_workload_person_and_certification()
    {
        Evidence[] rows =
        [
            Row(0, Some(AssociationType.DPOR), June, "t1", "w", "p", "c"),
            Row(1, None, June, "t2", "w", "p", "c"),
            Row(2, Some(AssociationType.CSP), May, "t1", "w", "p", "c"),
            Row(3, None, June, "t1", "w", "p", "c"),
            Row(4, None, June, "t1", "w", "P", "c"),
            Row(5, None, June, "t1", "w", "P", None),
        ];

        EvidenceOrder.Sort(rows);

        Assert.Equal([5, 4, 3, 1, 2, 0], rows.Select(r => r.Contribution));
    }

    /// <summary>The LINQ chain the sort replaced is the reference; its stability keeps equal rows in the order given.</summary>
    [Property]
    public bool The_order_is_the_stable_sort_by_the_six_keys((byte Type, bool Month, byte Tenant, byte Workload, byte Person, byte Certification)[] keys)
    {
        var rows = keys.Select((k, i) => Row(
            i,
            (k.Type % 4) switch { 0 => None, 1 => Some(AssociationType.CSP), 2 => Some(AssociationType.CPOR), _ => Some(AssociationType.DPOR) },
            k.Month ? June : May,
            Small(k.Tenant),
            Small(k.Workload),
            Small(k.Person),
            Small(k.Certification))).ToArray();
        var expected = rows
            .OrderBy(r => r.Via.Match(t => (int)t, () => -1))
            .ThenBy(r => r.Month)
            .ThenBy(r => r.TenantId.IfNone(""), StringComparer.Ordinal)
            .ThenBy(r => r.Workload.IfNone(""), StringComparer.Ordinal)
            .ThenBy(r => r.PersonId.IfNone(""), StringComparer.Ordinal)
            .ThenBy(r => r.Certification.IfNone(""), StringComparer.Ordinal)
            .ToArray();

        EvidenceOrder.Sort(rows);

        return rows.SequenceEqual(expected);
    }

    // Three values and an absent one per key, one of them upper case, so equal keys and ordinal-versus-culture cases both turn up.
    private static Option<string> Small(byte b) => (b % 4) switch { 0 => "a", 1 => "B", 2 => "b", _ => None };

    private static Evidence Row(long id, Option<AssociationType> via, Month month, Option<string> tenant, Option<string> workload, Option<string> person, Option<string> certification) =>
        new("P1", PathName.Enterprise, Metric.NetCustomerAdds, EvidenceKind.Customer, via, Reported: true, tenant, workload, person, certification, month, Contribution: id,
            ClaimMonth: None, StartMonth: None, MauAtStart: None, Pau: None, Mau: None, ExcludedByR18: None, Lost: None);
}
