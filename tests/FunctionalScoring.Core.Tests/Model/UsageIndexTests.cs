using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.Tests.Model;

/// <summary>The usage index keeps every unit count exactly, small or huge, and forgets a taken-back row.</summary>
public sealed class UsageIndexTests
{
    private static readonly EvaluationWindow Window = new(Month.Of(2025, 6));

    [Property]
    public Property Every_unit_count_reads_back_exactly_whatever_its_size() =>
        Prop.ForAll(Counts().ToArbitrary(), Counts().ToArbitrary(), (pau, mau) =>
        {
            var builder = new UsageIndexBuilder(Window, tenants: 3, workloads: 2);
            builder.Add(2, 1, Window.AsOf, pau, mau);
            var index = builder.Build();
            var pair = index.Pair(2, 1).IfNone(-1);
            return index.Pau(pair, Window.AsOf) == pau && index.Mau(pair, Window.AsOf) == mau && index.Pau(pair, Window.Baseline) == 0;
        });

    [Fact]
    public void A_row_taken_back_leaves_no_count_and_no_pair_even_after_a_huge_count()
    {
        var builder = new UsageIndexBuilder(Window, tenants: 1, workloads: 1);
        builder.Add(0, 0, Window.AsOf, 5_000_000_000, 70_000);
        builder.Remove(0, 0, Window.AsOf);
        builder.Add(0, 0, Window.Baseline, 12, 3);

        var index = builder.Build();
        var pair = index.Pair(0, 0).IfNone(-1);

        Assert.Equal((0L, 0L, 12L, 3L), (index.Pau(pair, Window.AsOf), index.Mau(pair, Window.AsOf), index.Pau(pair, Window.Baseline), index.Mau(pair, Window.Baseline)));
    }

    /// <summary>Around every storage boundary: two bytes, four bytes, and the largest long.</summary>
    private static Gen<long> Counts() =>
        Gen.OneOf(
            Gen.Choose(0, 70_000).Select(v => (long)v),
            Gen.Elements(65_534L, 65_535L, 65_536L, int.MaxValue, int.MaxValue + 1L, long.MaxValue),
            Gen.Choose(0, int.MaxValue).Select(v => (long)v * 3));
}
