using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.Model;

/// <summary>
/// Usage of every (tenant, eligible workload) pair for each month of [B, M], built once from the
/// used rows. R8: a month without a row reads as PAU = MAU = 0, which is what the zeroed arrays
/// hold. Immutable after <see cref="Build"/>; lookups are array reads.
/// </summary>
public sealed class UsageIndex
{
    private const int Months = EvaluationWindow.MonthCount;
    private static readonly int[] NoPairs = [];

    private readonly EvaluationWindow window;
    private readonly Dictionary<long, int> pairByKey;
    private readonly int[] pairTenant;
    private readonly int[] pairWorkload;
    private readonly UnitCells pau;
    private readonly UnitCells mau;
    private readonly Dictionary<int, int[]> pairsByTenant;

    private UsageIndex(EvaluationWindow window, Dictionary<long, int> pairByKey, int[] pairTenant, int[] pairWorkload, UnitCells pau, UnitCells mau)
    {
        (this.window, this.pairByKey, this.pairTenant, this.pairWorkload, this.pau, this.mau) = (window, pairByKey, pairTenant, pairWorkload, pau, mau);
        pairsByTenant = Enumerable.Range(0, pairTenant.Length)
            .GroupBy(pair => pairTenant[pair])
            .ToDictionary(g => g.Key, g => g.OrderBy(p => pairWorkload[p]).ToArray());
    }

    /// <summary>
    /// Builds the index from used usage rows given as parallel arrays (tenant code, workload index,
    /// month inside the window, PAU, MAU). Keys are unique after R28, so each cell is written once.
    /// </summary>
    public static UsageIndex Build(EvaluationWindow window, ReadOnlySpan<int> tenant, ReadOnlySpan<int> workload, ReadOnlySpan<int> monthIndex, ReadOnlySpan<long> pauValues, ReadOnlySpan<long> mauValues)
    {
        var pairByKey = new Dictionary<long, int>();
        var tenants = new List<int>();
        var workloads = new List<int>();
        var rows = tenant.Length;
        var pairOfRow = new int[rows];
        for (var row = 0; row < rows; row++)
        {
            var key = Key(tenant[row], workload[row]);
            if (!pairByKey.TryGetValue(key, out var pair))
            {
                pair = pairByKey[key] = tenants.Count;
                tenants.Add(tenant[row]);
                workloads.Add(workload[row]);
            }

            pairOfRow[row] = pair;
        }

        var pau = new UnitCells(tenants.Count * Months);
        var mau = new UnitCells(tenants.Count * Months);
        for (var row = 0; row < rows; row++)
        {
            var cell = pairOfRow[row] * Months + (monthIndex[row] - window.Baseline.Index);
            pau.Set(cell, pauValues[row]);
            mau.Set(cell, mauValues[row]);
        }

        return new UsageIndex(window, pairByKey, [.. tenants], [.. workloads], pau, mau);
    }

    /// <summary>An index over pairs given with their 13 months of PAU and MAU each (pair-major).</summary>
    internal static UsageIndex FromPairs(EvaluationWindow window, int[] pairTenant, int[] pairWorkload, UnitCells pau, UnitCells mau)
    {
        var pairByKey = new Dictionary<long, int>(pairTenant.Length);
        for (var pair = 0; pair < pairTenant.Length; pair++)
        {
            pairByKey[Key(pairTenant[pair], pairWorkload[pair])] = pair;
        }

        return new UsageIndex(window, pairByKey, pairTenant, pairWorkload, pau, mau);
    }

    public EvaluationWindow Window => window;

    public int PairCount => pairTenant.Length;

    /// <summary>The pair of a tenant and an eligible workload, if any usage row names it.</summary>
    public LanguageExt.Option<int> Pair(int tenant, int workload) =>
        pairByKey.TryGetValue(Key(tenant, workload), out var pair) ? pair : LanguageExt.Prelude.None;

    /// <summary>R6: the pairs a tenant-wide association covers, ordered by workload.</summary>
    public ReadOnlySpan<int> PairsOf(int tenant) => pairsByTenant.TryGetValue(tenant, out var pairs) ? pairs : NoPairs;

    public int TenantOf(int pair) => pairTenant[pair];

    public int WorkloadOf(int pair) => pairWorkload[pair];

    public long Pau(int pair, Month month) => window.Covers(month) ? pau[pair * Months + window.OffsetOf(month)] : 0;

    public long Mau(int pair, Month month) => window.Covers(month) ? mau[pair * Months + window.OffsetOf(month)] : 0;

    internal static long Key(int tenant, int workload) => ((long)tenant << 32) | (uint)workload;
}
