using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.Model;

/// <summary>
/// Usage of every (tenant, eligible workload) pair for each month of [B, M]. Pairs are dense: the
/// pair of tenant code t and workload w is <c>t × W + w</c>, so a lookup is arithmetic, not a hash.
/// R8: a month without a row reads as PAU = MAU = 0, which is what the zeroed cells hold; a pair
/// exists when at least one used row names it. Immutable once built (<see cref="UsageIndexBuilder"/>).
/// </summary>
public sealed class UsageIndex
{
    private const int Months = EvaluationWindow.MonthCount;

    private readonly EvaluationWindow window;
    private readonly int workloads;
    private readonly int[] usedCells;
    private readonly UnitCells pau;
    private readonly UnitCells mau;
    private readonly int[] firstPairOfTenant;
    private readonly int[] existingPairs;

    internal UsageIndex(EvaluationWindow window, int tenants, int workloads, int[] usedCells, UnitCells pau, UnitCells mau)
    {
        (this.window, this.workloads, this.usedCells, this.pau, this.mau) = (window, workloads, usedCells, pau, mau);
        firstPairOfTenant = new int[tenants + 1];
        var existing = new List<int>();
        for (var tenant = 0; tenant < tenants; tenant++)
        {
            firstPairOfTenant[tenant] = existing.Count;
            for (var workload = 0; workload < workloads; workload++)
            {
                if (usedCells[(tenant * workloads) + workload] > 0)
                {
                    existing.Add((tenant * workloads) + workload);
                }
            }
        }

        firstPairOfTenant[tenants] = existing.Count;
        existingPairs = [.. existing];
    }

    /// <summary>
    /// Builds the index from used usage rows given as parallel arrays (tenant code, workload index,
    /// month inside the window, PAU, MAU). Keys are unique after R28, so each cell is written once.
    /// </summary>
    public static UsageIndex Build(EvaluationWindow window, ReadOnlySpan<int> tenant, ReadOnlySpan<int> workload, ReadOnlySpan<int> monthIndex, ReadOnlySpan<long> pauValues, ReadOnlySpan<long> mauValues)
    {
        var tenants = 0;
        var workloadCount = 0;
        for (var row = 0; row < tenant.Length; row++)
        {
            tenants = Math.Max(tenants, tenant[row] + 1);
            workloadCount = Math.Max(workloadCount, workload[row] + 1);
        }

        var builder = new UsageIndexBuilder(window, tenants, workloadCount);
        for (var row = 0; row < tenant.Length; row++)
        {
            builder.Add(tenant[row], workload[row], new Month(monthIndex[row]), pauValues[row], mauValues[row]);
        }

        return builder.Build();
    }

    public EvaluationWindow Window => window;

    public int PairCount => existingPairs.Length;

    /// <summary>The pair of a tenant and an eligible workload, if any used usage row names it.</summary>
    public LanguageExt.Option<int> Pair(int tenant, int workload) =>
        tenant >= 0 && tenant < firstPairOfTenant.Length - 1 && workload >= 0 && workload < workloads && usedCells[(tenant * workloads) + workload] > 0
            ? (tenant * workloads) + workload
            : LanguageExt.Prelude.None;

    /// <summary>R6: the pairs a tenant-wide association covers, ordered by workload.</summary>
    public ReadOnlySpan<int> PairsOf(int tenant) =>
        tenant >= 0 && tenant < firstPairOfTenant.Length - 1
            ? existingPairs.AsSpan(firstPairOfTenant[tenant], firstPairOfTenant[tenant + 1] - firstPairOfTenant[tenant])
            : [];

    public int TenantOf(int pair) => pair / workloads;

    public int WorkloadOf(int pair) => pair % workloads;

    public long Pau(int pair, Month month) => window.Covers(month) ? pau[(pair * Months) + window.OffsetOf(month)] : 0;

    public long Mau(int pair, Month month) => window.Covers(month) ? mau[(pair * Months) + window.OffsetOf(month)] : 0;
}
