using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.Usage;

/// <summary>One checked association as the cell plan needs it: which pair(s) it covers and its claim month (R4).</summary>
public readonly record struct Coverage(int Tenant, int Workload, Month Claim);

/// <summary>
/// The usage cells the rules read, and no others. For every as-of month m evaluated, a pair's
/// PAU and MAU are read in m and in its baseline m − 12 (R7, R8, R10, R15, R19), and in the claim
/// months inside (m − 12, m] of the associations that credit it (R15's start, R18's "already
/// deployed"). So a kept tenant keeps those months, and only for the workloads its associations
/// cover (R6: a tenant-wide association covers all of them). Memory grows with the associated
/// pairs, not with the months of the export or the tenants nobody is associated with.
/// </summary>
public sealed class CellPlan
{
    private readonly bool[] covered;
    private readonly int[][] monthsOf;

    private CellPlan(TenantDirectory tenants, int workloads, bool[] covered, int[][] monthsOf) =>
        (Tenants, Workloads, this.covered, this.monthsOf) = (tenants, workloads, covered, monthsOf);

    /// <summary>The tenants whose cells are kept, coded densely.</summary>
    public TenantDirectory Tenants { get; }

    public int Workloads { get; }

    /// <summary>
    /// The plan for the months <paramref name="months"/> evaluates, given every used association
    /// (its tenant's code in <paramref name="tenants"/>, an eligible workload or
    /// <see cref="Association.TenantWide"/>, and its claim month).
    /// </summary>
    public static CellPlan Of(EvaluationMonths months, int workloads, TenantDirectory tenants, IEnumerable<Coverage> coverage)
    {
        var common = months.Months.Bind(m => LanguageExt.Prelude.Seq(m.AddMonths(-12).Index, m.Index)).Distinct().Order().ToArray();
        var covered = new bool[checked(tenants.Count * workloads)];
        var claims = new SortedSet<int>?[tenants.Count];
        foreach (var (tenant, workload, claim) in coverage)
        {
            if (workload == Association.TenantWide)
            {
                covered.AsSpan(tenant * workloads, workloads).Fill(true);
            }
            else
            {
                covered[(tenant * workloads) + workload] = true;
            }

            // R15, R18: a claim month strictly inside some window is read; one on or before a baseline is not.
            if (claim > months.Earliest && claim <= months.Last && Array.BinarySearch(common, claim.Index) < 0)
            {
                (claims[tenant] ??= []).Add(claim.Index);
            }
        }

        var monthsOf = claims.Select(extra => extra is null ? common : [.. common.Concat(extra).Order()]).ToArray();
        return new CellPlan(tenants, workloads, covered, monthsOf);
    }

    /// <summary>No tenant kept: what <c>validate</c> needs, which scores nothing.</summary>
    public static CellPlan Nothing(int workloads) => new(TenantDirectory.From([]), workloads, [], []);

    /// <summary>Whether the pair's cells are kept at all.</summary>
    public bool Covers(int tenant, int workload) => covered[(tenant * Workloads) + workload];

    /// <summary>The months kept for the tenant's pairs, ascending (month indexes).</summary>
    public ReadOnlySpan<int> MonthsOf(int tenant) => monthsOf[tenant];

    /// <summary>Where <paramref name="month"/> lies among the tenant's kept months; −1 when it is not kept.</summary>
    public int SlotOf(int tenant, Month month)
    {
        var months = monthsOf[tenant];
        if (months.Length == 0 || month.Index < months[0])
        {
            return -1;
        }

        var offset = month.Index - months[0];
        if (months[^1] - months[0] == months.Length - 1)
        {
            return offset < months.Length ? offset : -1;
        }

        return Array.IndexOf(months, month.Index);
    }
}
