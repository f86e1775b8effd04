using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.Model;

/// <summary>
/// Builds a <see cref="UsageIndex"/> one used row at a time, for a reader that streams row groups
/// instead of materialising the table. A row found to be a duplicate later (R28) is taken back
/// with <see cref="Remove"/>; a pair left with no used row does not exist in the built index,
/// exactly as if <see cref="UsageIndex.Build"/> had been given only the finally used rows.
/// </summary>
public sealed class UsageIndexBuilder(EvaluationWindow window)
{
    private const int Months = EvaluationWindow.MonthCount;
    private readonly Dictionary<long, int> pairByKey = [];
    private int[] tenants = new int[1024];
    private int[] workloads = new int[1024];
    private int[] usedCells = new int[1024];
    private readonly UnitCells pau = new(1024 * Months);
    private readonly UnitCells mau = new(1024 * Months);

    public EvaluationWindow Window => window;

    public void Add(int tenant, int workload, Month month, long pauValue, long mauValue)
    {
        var key = UsageIndex.Key(tenant, workload);
        if (!pairByKey.TryGetValue(key, out var pair))
        {
            pair = pairByKey[key] = pairByKey.Count;
            EnsureRoom(pair + 1);
            tenants[pair] = tenant;
            workloads[pair] = workload;
        }

        var cell = pair * Months + window.OffsetOf(month);
        pau.Set(cell, pauValue);
        mau.Set(cell, mauValue);
        usedCells[pair]++;
    }

    public void Remove(int tenant, int workload, Month month)
    {
        var pair = pairByKey[UsageIndex.Key(tenant, workload)];
        var cell = pair * Months + window.OffsetOf(month);
        pau.Set(cell, 0);
        mau.Set(cell, 0);
        usedCells[pair]--;
    }

    public UsageIndex Build()
    {
        var kept = Enumerable.Range(0, pairByKey.Count).Where(p => usedCells[p] > 0).ToArray();
        var complete = kept.Length == pairByKey.Count;
        return UsageIndex.FromPairs(
            window,
            [.. kept.Select(p => tenants[p])],
            [.. kept.Select(p => workloads[p])],
            complete ? pau : pau.Compact(kept, Months),
            complete ? mau : mau.Compact(kept, Months));
    }

    private void EnsureRoom(int pairs)
    {
        if (pairs <= tenants.Length)
        {
            return;
        }

        var size = tenants.Length * 2;
        Array.Resize(ref tenants, size);
        Array.Resize(ref workloads, size);
        Array.Resize(ref usedCells, size);
        pau.Resize(size * Months);
        mau.Resize(size * Months);
    }
}
