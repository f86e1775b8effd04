using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Usage;

namespace FunctionalScoring.Core.Model;

/// <summary>
/// Builds a <see cref="UsageIndex"/> one used row at a time, keeping only the cells its
/// <see cref="CellPlan"/> names. A row found to be a duplicate later (R28) is taken back with
/// <see cref="Remove"/>; a pair left with no used row does not exist in the built index. A pair's
/// cells are allocated when its first row arrives, so memory follows the pairs that have usage.
/// </summary>
public sealed class UsageIndexBuilder
{
    private readonly CellPlan plan;
    private readonly int[] cellStart;
    private readonly byte[] usedRows;
    private readonly UnitCells pau = new();
    private readonly UnitCells mau = new();
    private int cellCount;

    public UsageIndexBuilder(CellPlan plan)
    {
        this.plan = plan;
        cellStart = new int[checked(plan.Tenants.Count * plan.Workloads)];
        cellStart.AsSpan().Fill(-1);
        usedRows = new byte[cellStart.Length];
    }

    /// <summary>Keeps a used row's units when the plan reads its pair in its month; otherwise does nothing.</summary>
    public void Add(int tenant, int workload, Month month, long pauValue, long mauValue)
    {
        var cell = Cell(tenant, workload, month, allocate: true);
        if (cell >= 0)
        {
            pau.Set(cell, pauValue);
            mau.Set(cell, mauValue);
            usedRows[(tenant * plan.Workloads) + workload]++;
        }
    }

    /// <summary>Takes back a row <see cref="Add"/> kept.</summary>
    public void Remove(int tenant, int workload, Month month)
    {
        var cell = Cell(tenant, workload, month, allocate: false);
        if (cell >= 0)
        {
            pau.Set(cell, 0);
            mau.Set(cell, 0);
            usedRows[(tenant * plan.Workloads) + workload]--;
        }
    }

    public UsageIndex Build() => new(plan, cellStart, usedRows, pau, mau);

    private int Cell(int tenant, int workload, Month month, bool allocate)
    {
        if (!plan.Covers(tenant, workload))
        {
            return -1;
        }

        var slot = plan.SlotOf(tenant, month);
        if (slot < 0)
        {
            return -1;
        }

        var pair = (tenant * plan.Workloads) + workload;
        if (cellStart[pair] < 0)
        {
            if (!allocate)
            {
                return -1;
            }

            cellStart[pair] = cellCount;
            cellCount = checked(cellCount + plan.MonthsOf(tenant).Length);
            pau.EnsureLength(cellCount);
            mau.EnsureLength(cellCount);
        }

        return cellStart[pair] + slot;
    }
}
