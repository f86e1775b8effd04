using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Usage;

namespace FunctionalScoring.Core.Model;

/// <summary>
/// The usage cells of every kept (tenant, eligible workload) pair, in the months its
/// <see cref="CellPlan"/> keeps. Pairs are dense: the pair of tenant code t and workload w is
/// <c>t × W + w</c>, so a lookup is arithmetic, not a hash. R8: a month without a row reads as
/// PAU = MAU = 0, which is what the zeroed cells hold; a pair exists when at least one used row
/// names it. Reading a month the plan did not keep is a bug, and fails loudly rather than reading 0.
/// Immutable once built (<see cref="UsageIndexBuilder"/>).
/// </summary>
public sealed class UsageIndex
{
    private readonly CellPlan plan;
    private readonly int[] cellStart;
    private readonly UnitCells pau;
    private readonly UnitCells mau;
    private readonly int[] firstPairOfTenant;
    private readonly int[] existingPairs;

    internal UsageIndex(CellPlan plan, int[] cellStart, byte[] usedRows, UnitCells pau, UnitCells mau)
    {
        (this.plan, this.cellStart, this.pau, this.mau) = (plan, cellStart, pau, mau);
        var tenants = plan.Tenants.Count;
        var workloads = plan.Workloads;
        firstPairOfTenant = new int[tenants + 1];
        var existing = new List<int>();
        for (var tenant = 0; tenant < tenants; tenant++)
        {
            firstPairOfTenant[tenant] = existing.Count;
            for (var workload = 0; workload < workloads; workload++)
            {
                var pair = (tenant * workloads) + workload;
                if (usedRows[pair] > 0)
                {
                    existing.Add(pair);
                }
                else
                {
                    cellStart[pair] = -1;
                }
            }
        }

        firstPairOfTenant[tenants] = existing.Count;
        existingPairs = [.. existing];
    }

    public int PairCount => existingPairs.Length;

    /// <summary>The pair of a tenant and an eligible workload, if any used usage row names it.</summary>
    public LanguageExt.Option<int> Pair(int tenant, int workload) =>
        tenant >= 0 && tenant < firstPairOfTenant.Length - 1 && workload >= 0 && workload < plan.Workloads && cellStart[(tenant * plan.Workloads) + workload] >= 0
            ? (tenant * plan.Workloads) + workload
            : LanguageExt.Prelude.None;

    /// <summary>R6: the pairs a tenant-wide association covers, ordered by workload.</summary>
    public ReadOnlySpan<int> PairsOf(int tenant) =>
        tenant >= 0 && tenant < firstPairOfTenant.Length - 1
            ? existingPairs.AsSpan(firstPairOfTenant[tenant], firstPairOfTenant[tenant + 1] - firstPairOfTenant[tenant])
            : [];

    public int TenantOf(int pair) => pair / plan.Workloads;

    public int WorkloadOf(int pair) => pair % plan.Workloads;

    public long Pau(int pair, Month month) => pau[CellOf(pair, month)];

    public long Mau(int pair, Month month) => mau[CellOf(pair, month)];

    private int CellOf(int pair, Month month)
    {
        var slot = plan.SlotOf(TenantOf(pair), month);
        return slot >= 0
            ? cellStart[pair] + slot
            : throw new InvalidOperationException($"the usage of {month} was not kept for this pair: the cell plan and the rules disagree");
    }
}
