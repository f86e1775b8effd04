using FsCheck.Xunit;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Shell.Outputs;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Outputs;

/// <summary>The order of one metric's evidence rows, which every output byte depends on.</summary>
public sealed class EvidenceOrderTests
{
    [Fact]
    public void Rows_go_by_type_with_none_first_then_month_tenant_workload_and_person()
    {
        EvidenceRow[] rows =
        [
            Row(0, Some(AssociationType.DPOR), "2025-06", "t1", "w", "p"),
            Row(1, None, "2025-06", "t2", "w", "p"),
            Row(2, Some(AssociationType.CSP), "2025-05", "t1", "w", "p"),
            Row(3, None, "2025-06", "t1", "w", "p"),
            Row(4, None, "2025-06", "t1", "w", "P"),
        ];

        EvidenceOrder.Sort(rows);

        Assert.Equal([4, 3, 1, 2, 0], rows.Select(r => r.Evidence.Contribution));
    }

    /// <summary>The LINQ chain the sort replaced is the reference; its stability keeps equal rows in the core's order.</summary>
    [Property]
    public bool The_order_is_the_stable_sort_by_the_five_keys((byte Type, byte Month, byte Tenant, byte Workload, byte Person)[] keys)
    {
        var rows = keys.Select((k, i) => Row(
            i,
            (k.Type % 4) switch { 0 => None, 1 => Some(AssociationType.CSP), 2 => Some(AssociationType.CPOR), _ => Some(AssociationType.DPOR) },
            Small(k.Month),
            Small(k.Tenant),
            Small(k.Workload),
            Small(k.Person))).ToArray();
        var expected = rows
            .OrderBy(r => r.Evidence.Via.Match(t => (int)t, () => -1))
            .ThenBy(r => r.Evidence.Month, StringComparer.Ordinal)
            .ThenBy(r => r.Evidence.TenantId, StringComparer.Ordinal)
            .ThenBy(r => r.Evidence.Workload, StringComparer.Ordinal)
            .ThenBy(r => r.Evidence.PersonId, StringComparer.Ordinal)
            .ToArray();

        EvidenceOrder.Sort(rows);

        return rows.SequenceEqual(expected);
    }

    // Three values per key, one of them upper case, so equal keys and ordinal-versus-culture cases both turn up.
    private static string Small(byte b) => (b % 3) switch { 0 => "a", 1 => "B", _ => "b" };

    private static EvidenceRow Row(long id, Option<AssociationType> via, string month, string tenant, string workload, string person) =>
        new("P1", PathName.Enterprise, Metric.NetCustomerAdds, Reported: true,
            new Evidence(EvidenceKind.Customer, via, tenant, workload, person, month, Contribution: id, Detail: ""));
}
