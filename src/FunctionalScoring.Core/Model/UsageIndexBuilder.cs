using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.Model;

/// <summary>
/// Builds a <see cref="UsageIndex"/> one used row at a time, for a reader that streams row groups
/// instead of materialising the table. A row found to be a duplicate later (R28) is taken back
/// with <see cref="Remove"/>; a pair left with no used row does not exist in the built index,
/// exactly as if <see cref="UsageIndex.Build"/> had been given only the finally used rows.
/// Cells are allocated for every tenant code × workload up front: no hashing, no growth.
/// </summary>
public sealed class UsageIndexBuilder(EvaluationWindow window, int tenants, int workloads)
{
    private const int Months = EvaluationWindow.MonthCount;
    private readonly int[] usedCells = new int[checked(tenants * workloads)];
    private readonly UnitCells pau = new(checked(tenants * workloads * Months));
    private readonly UnitCells mau = new(checked(tenants * workloads * Months));

    public EvaluationWindow Window => window;

    public void Add(int tenant, int workload, Month month, long pauValue, long mauValue)
    {
        var pair = (tenant * workloads) + workload;
        var cell = (pair * Months) + window.OffsetOf(month);
        pau.Set(cell, pauValue);
        mau.Set(cell, mauValue);
        usedCells[pair]++;
    }

    public void Remove(int tenant, int workload, Month month)
    {
        var pair = (tenant * workloads) + workload;
        var cell = (pair * Months) + window.OffsetOf(month);
        pau.Set(cell, 0);
        mau.Set(cell, 0);
        usedCells[pair]--;
    }

    public UsageIndex Build() => new(window, tenants, workloads, usedCells, pau, mau);
}
