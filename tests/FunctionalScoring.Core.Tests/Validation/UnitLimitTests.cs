using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Validation;
using LanguageExt;
using static FunctionalScoring.Core.Tests.Support.TestWindow;
using Outcome = FunctionalScoring.Core.Validation.Outcome;

namespace FunctionalScoring.Core.Tests.Validation;

/// <summary>
/// R28 as this project reads it (docs/readings.md, "R28: units beyond what a sum can hold"): a PAU or
/// MAU above 4,294,967,295 is rejected with its own reason, so every sum the rules make stays exact.
/// </summary>
public class UnitLimitTests
{
    private const long Limit = 4_294_967_295;

    [Theory]
    [InlineData(Limit, 0L, Outcome.Used, RowReason.None)]
    [InlineData(0L, Limit, Outcome.Used, RowReason.None)]
    [InlineData(Limit, Limit, Outcome.Used, RowReason.None)]
    [InlineData(Limit + 1, 0L, Outcome.Rejected, RowReason.UnitsAboveLimit)]
    [InlineData(0L, Limit + 1, Outcome.Rejected, RowReason.UnitsAboveLimit)]
    [InlineData(long.MaxValue, 5L, Outcome.Rejected, RowReason.UnitsAboveLimit)]
    [InlineData(500L, long.MaxValue - 1, Outcome.Rejected, RowReason.UnitsAboveLimit)]
    [InlineData(long.MaxValue, long.MaxValue, Outcome.Rejected, RowReason.UnitsAboveLimit)]
    [InlineData(-1L, long.MaxValue, Outcome.Rejected, RowReason.NegativeUnits)] // the first failed check names the row
    public void R28_units_up_to_the_limit_are_used_and_above_it_rejected(long pau, long mau, Outcome outcome, RowReason reason)
    {
        var run = Scenario.Empty.With(Row.Usage("T1", "Teams", MDay, pau, mau)).Run();

        Assert.Equal([(outcome, reason, 1L)], run.Lines(TableName.Usage));
    }

    [Fact]
    public void R28_the_reason_says_which_limit_was_passed()
    {
        Assert.Equal("units above 4,294,967,295", RowReason.UnitsAboveLimit.Describe());
        Assert.Equal(Outcome.Rejected, RowReason.UnitsAboveLimit.OutcomeOf());
    }

    /// <summary>
    /// The case of issue 10: two tenants with MAU 9,223,372,036,854,775,806 in M. Their growth summed
    /// overflowed int64 and the run ended in an internal error; now both rows are rejected and the run scores.
    /// </summary>
    [Fact]
    public void R28_two_tenants_with_MAU_near_the_int64_maximum_score_without_error()
    {
        const long huge = 9_223_372_036_854_775_806;
        var run = TwoTenants(mauInM: huge).Run();

        Assert.Equal([(2L, RowReason.UnitsAboveLimit), (3L, RowReason.UnitsAboveLimit)], run.Rejected(TableName.Usage));
        Assert.Equal(0L, run.Metric("P1", PathName.Enterprise, Metric.UsageGrowth).Value);
    }

    [Fact]
    public void R15_two_tenants_at_the_limit_grow_by_exactly_twice_the_limit()
    {
        var run = TwoTenants(mauInM: Limit).Run();

        var growth = run.Metric("P1", PathName.Enterprise, Metric.UsageGrowth);
        Assert.Equal((2 * Limit, growth.MaxPoints), growth.Scored());
        Assert.Empty(run.Rejections);
    }

    /// <summary>
    /// R23 at the extremes the limit allows: a value as low as a partner can reach (every pair an index can
    /// hold lost at the limit; pairs are int-indexed) and the largest threshold a rule set may give
    /// (docs/readings.md) still leave a Δ that is a whole int64.
    /// </summary>
    [Fact]
    public void R23_the_delta_from_the_lowest_reachable_value_to_the_largest_threshold_is_a_whole_int64()
    {
        var path = TestRuleSets.Default.Path(PathName.Enterprise);
        var lowest = -int.MaxValue * Limit;
        var growthRule = path.Rule(Metric.UsageGrowth) with { ThresholdByType = Prelude.toMap(path.AssociationTypes.Map(t => (t, (decimal)Limit))) };
        var growth = MetricScores.BestOf(growthRule, path.AssociationTypes.Map(type => MetricScores.OfType(growthRule, type, lowest)));
        var others = Metrics.All.Filter(m => m != Metric.UsageGrowth).Map(m => AtMaximum(path, m));
        var metrics = others + Prelude.Seq1(growth);
        var needed = Math.Max(1m, 70m - others.Sum(m => m.Points));

        var delta = GapToQualify.ExtraToClose(TestRuleSets.Default.Parameters, metrics, growth);

        Assert.Equal(Prelude.Some(GapToQualify.SmallestValueEarning(needed, Limit, growthRule.MaxPoints) - lowest), delta);
    }

    /// <summary>
    /// Units drawn from the whole int64 range — the edges most often — never break a run: every row
    /// beyond the limit is rejected with its reason and every metric value is the sum of its evidence.
    /// </summary>
    [Property(Arbitrary = [typeof(UnitLimitTests)], MaxTest = 200)]
    public Property Units_anywhere_in_int64_never_break_a_run(UsageRow[] rows)
    {
        var links = Enumerable.Range(1, 4).Select(t => Row.Association("P1", $"T{t}", null, "CPOR", LongAgo)).ToArray();
        var run = Scenario.Empty.With(rows).With(links).Run();
        var beyond = rows.Count(r => r.PaidAvailableUnits > Limit || r.MonthlyActiveUsers > Limit);
        var evidence = run.Evidence("P1");
        var ok = run.Rejected(TableName.Usage).Count(r => r.Reason == RowReason.UnitsAboveLimit) == beyond
            && run.Partner("P1").Paths.ForAll(p => p.Metrics.ForAll(m => m.ByType.ForAll(t =>
                t.Value == evidence.Filter(e => e.Path == p.Path && e.Metric == m.Metric && e.Via == t.Type).Sum(e => e.Contribution))));
        return ok.Classify(beyond > 0, "some units beyond the limit").Classify(beyond == 0, "all units within the limit");
    }

    public static Arbitrary<UsageRow[]> ExtremeUsage() =>
        (from count in Gen.Choose(1, 8)
         from rows in Gen.ArrayOf(
             from tenant in Gen.Choose(1, 4)
             from month in Gen.Elements(MDay, BDay, "2025-01-01")
             from pau in Units
             from mau in Units
             select Row.Usage($"T{tenant}", "Teams", month, pau, mau),
             count)
         select rows.DistinctBy(r => (r.TenantId, r.Month)).ToArray())
        .ToArbitrary();

    private static Gen<long> Units =>
        Gen.Frequency(
            (3, Gen.Elements(0L, 301L, Limit - 1, Limit, Limit + 1, long.MaxValue - 1, long.MaxValue)),
            (1, ArbMap.Default.GeneratorFor<long>().Select(Math.Abs).Select(v => v < 0 ? long.MaxValue : v)));

    private static MetricScore AtMaximum(PathRules path, Metric metric)
    {
        var rule = path.Rule(metric);
        return rule.ThresholdByType.IsEmpty
            ? MetricScores.Single(rule, (long)rule.Threshold)
            : MetricScores.BestOf(rule, path.AssociationTypes.Map(t => MetricScores.OfType(rule, t, (long)rule.ThresholdFor(t))));
    }

    private static Scenario TwoTenants(long mauInM) =>
        Scenario.Empty
            .With(
                Row.Usage("T1", "Teams", BDay, 500, 0), Row.Usage("T2", "Teams", BDay, 500, 0),
                Row.Usage("T1", "Teams", MDay, 500, mauInM), Row.Usage("T2", "Teams", MDay, 500, mauInM))
            .With(Row.Association("P1", "T1", null, "CPOR", LongAgo), Row.Association("P1", "T2", null, "CPOR", LongAgo));
}
