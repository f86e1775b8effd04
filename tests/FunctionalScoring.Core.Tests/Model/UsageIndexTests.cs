using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Usage;

namespace FunctionalScoring.Core.Tests.Model;

/// <summary>The usage index keeps every unit count exactly, small or huge, forgets a taken-back row, and keeps only the planned cells.</summary>
public sealed class UsageIndexTests
{
    private static readonly EvaluationMonths AsOf = EvaluationMonths.Single(Month.Of(2025, 6));
    private static readonly Month M = AsOf.Last;
    private static readonly Month B = M.AddMonths(-12);

    [Property]
    public Property Every_unit_count_reads_back_exactly_whatever_its_size() =>
        Prop.ForAll(Counts().ToArbitrary(), Counts().ToArbitrary(), (pau, mau) =>
        {
            var builder = new UsageIndexBuilder(Plan(tenants: 3, workloads: 2, new Coverage(2, 1, B.AddMonths(-3))));
            builder.Add(2, 1, M, pau, mau);
            var index = builder.Build();
            var pair = index.Pair(2, 1).IfNone(-1);
            return index.Pau(pair, M) == pau && index.Mau(pair, M) == mau && index.Pau(pair, B) == 0;
        });

    [Fact]
    public void Counts_of_many_pairs_read_back_exactly_across_the_cell_segments()
    {
        // 40,000 pairs × 2 cells (B and M): 80,000 cells, more than one 65,536-cell segment.
        const int tenants = 20_000;
        var builder = new UsageIndexBuilder(Plan(tenants, workloads: 2, [.. Enumerable.Range(0, tenants).Select(t => new Coverage(t, Association.TenantWide, B))]));
        for (var tenant = 0; tenant < tenants; tenant++)
        {
            for (var workload = 0; workload < 2; workload++)
            {
                builder.Add(tenant, workload, B, Units(tenant, workload), 1);
                builder.Add(tenant, workload, M, Units(tenant, workload) * 7, 2);
            }
        }

        var index = builder.Build();
        var wrong = Enumerable.Range(0, tenants).SelectMany(t => new[] { (t, 0), (t, 1) })
            .Count(p => index.Pair(p.t, p.Item2).Match(pair => index.Pau(pair, B) != Units(p.t, p.Item2) || index.Pau(pair, M) != Units(p.t, p.Item2) * 7 || index.Mau(pair, M) != 2, () => true));

        Assert.Equal(0, wrong);
    }

    private static long Units(int tenant, int workload) => tenant % 1000 == 0 ? 10_000_000_000L + tenant : (tenant * 2) + workload;

    [Fact]
    public void A_row_taken_back_leaves_no_count_and_no_pair_even_after_a_huge_count()
    {
        var builder = new UsageIndexBuilder(Plan(tenants: 1, workloads: 1, new Coverage(0, 0, B)));
        builder.Add(0, 0, M, 5_000_000_000, 70_000);
        builder.Remove(0, 0, M);
        builder.Add(0, 0, B, 12, 3);

        var index = builder.Build();
        var pair = index.Pair(0, 0).IfNone(-1);

        Assert.Equal((0L, 0L, 12L, 3L), (index.Pau(pair, M), index.Mau(pair, M), index.Pau(pair, B), index.Mau(pair, B)));
    }

    [Fact]
    public void Only_the_baseline_the_as_of_month_and_claim_months_inside_the_window_are_kept()
    {
        var claim = B.AddMonths(4);
        var builder = new UsageIndexBuilder(Plan(tenants: 1, workloads: 2, new Coverage(0, 1, claim)));
        foreach (var month in Enumerable.Range(0, 13).Select(B.AddMonths))
        {
            builder.Add(0, 1, month, 100 + month.Index, 1);
        }

        var index = builder.Build();
        var pair = index.Pair(0, 1).IfNone(-1);

        Assert.Equal((100 + B.Index, 100 + claim.Index, 100 + M.Index), (index.Pau(pair, B), index.Pau(pair, claim), index.Pau(pair, M)));
        Assert.Throws<InvalidOperationException>(() => index.Pau(pair, claim.AddMonths(1)));
    }

    [Fact]
    public void A_workload_no_association_covers_keeps_no_cells()
    {
        var builder = new UsageIndexBuilder(Plan(tenants: 1, workloads: 2, new Coverage(0, 1, B)));
        builder.Add(0, 0, M, 50, 5);

        Assert.True(builder.Build().Pair(0, 0).IsNone);
    }

    [Fact]
    public void A_tenant_wide_association_covers_every_workload()
    {
        var builder = new UsageIndexBuilder(Plan(tenants: 1, workloads: 3, new Coverage(0, Association.TenantWide, B)));
        builder.Add(0, 0, M, 50, 5);
        builder.Add(0, 2, M, 60, 6);

        Assert.Equal([0, 2], builder.Build().PairsOf(0).ToArray());
    }

    private static CellPlan Plan(int tenants, int workloads, params Coverage[] coverage) =>
        CellPlan.Of(AsOf, workloads, TenantDirectory.From(Enumerable.Range(0, tenants).Select(t => $"T{t}")), coverage);

    /// <summary>Around every storage boundary: two bytes, four bytes, and the largest long.</summary>
    private static Gen<long> Counts() =>
        Gen.OneOf(
            Gen.Choose(0, 70_000).Select(v => (long)v),
            Gen.Elements(65_534L, 65_535L, 65_536L, int.MaxValue, int.MaxValue + 1L, long.MaxValue),
            Gen.Choose(0, int.MaxValue).Select(v => (long)v * 3));
}
