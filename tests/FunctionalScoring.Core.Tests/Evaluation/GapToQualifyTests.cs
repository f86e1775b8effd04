using FsCheck.Xunit;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Tests.Support;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Tests.Evaluation;

public class GapToQualifyTests
{
    /// <summary>
    /// 69.99 (example 7): net customer adds and both certifications are at their maximum already
    /// (none). Usage growth needs 15.00: CSP reaches it at 1,000 users (999 now, Δ 1), CPOR at 250
    /// (242 now, Δ 8), the smallest over types is 1. Deployments need 10.01: a third CPOR
    /// deployment earns 15 (Δ 1).
    /// </summary>
    [Fact]
    public void R23_a_path_at_69_99_needs_one_more_user_of_growth()
    {
        var smb = QualificationScenarios.SixtyNineNinetyNine().Run().Partner("P1").Path(PathName.SMB);

        Assert.Equal(
            [None, None, None, Some(1L), Some(1L)],
            smb.Metrics.Map(m => m.ExtraToClose).ToArray());
    }

    [Fact]
    public void R23_only_the_metric_below_the_minimum_can_close_the_gap()
    {
        var smb = QualificationScenarios.SeventyFiveWithDeploymentsAtZero().Run().Partner("P1").Path(PathName.SMB);

        // Deployments at 0 need 1 point: one deployment through CPOR earns 5.
        Assert.Equal([None, None, None, None, Some(1L)], smb.Metrics.Map(m => m.ExtraToClose).ToArray());
    }

    [Fact]
    public void R23_a_qualifying_path_needs_nothing()
    {
        var smb = QualificationScenarios.ExactlySeventy().Run().Partner("P1").Path(PathName.SMB);

        Assert.Equal([Some(0L), Some(0L), Some(0L), Some(0L), Some(0L)], smb.Metrics.Map(m => m.ExtraToClose).ToArray());
    }

    [Fact]
    public void R23_no_gap_when_even_the_maximum_of_one_metric_cannot_reach_70()
    {
        var smb = Scenario.Empty.With(Row.Certification("P1", "A", "MS-700", "2020-01-01")).Run().Partner("P1").Path(PathName.SMB);

        Assert.Equal([None, None, None, None, None], smb.Metrics.Map(m => m.ExtraToClose).ToArray());
    }

    [Theory]
    [InlineData("1", 2000, 30, 67)] // 66 → 0.99, 67 → 1.005 → 1.01
    [InlineData("15", 2000, 30, 1000)]
    [InlineData("14.99", 2000, 30, 999)] // 14.985 rounds up to 14.99
    [InlineData("5", 5, 25, 1)]
    [InlineData("30", 500, 30, 500)]
    [InlineData("0.01", 3, 10, 1)]
    public void R23_the_smallest_whole_value_earning_some_points(string points, long threshold, long maxPoints, long value)
    {
        Assert.Equal(value, GapToQualify.SmallestValueEarning(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture), threshold, maxPoints));
    }

    /// <summary>
    /// R23 for single-threshold metrics: when a non-qualifying path reports Δ for a metric, adding Δ
    /// to that metric's value (points recomputed by R9, every other metric unchanged) qualifies the
    /// path and Δ − 1 does not.
    /// </summary>
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool R23_adding_the_gap_to_a_single_threshold_metric_qualifies_and_one_less_does_not(GapCase c) =>
        c.Path.Qualified || c.Path.Metrics.Filter(m => m.ByType.IsEmpty).ForAll(metric => metric.ExtraToClose.Match(
            Some: delta => delta > 0 && QualifiesWith(c, metric, delta) && !QualifiesWith(c, metric, delta - 1),
            None: () => true));

    /// <summary>R23 for per-type metrics: adding Δ to one type's value qualifies; Δ − 1 added to any type does not.</summary>
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool R23_adding_the_gap_to_the_closest_type_qualifies_and_one_less_to_any_type_does_not(GapCase c) =>
        c.Path.Qualified || c.Path.Metrics.Filter(m => !m.ByType.IsEmpty).ForAll(metric => metric.ExtraToClose.Match(
            Some: delta => delta > 0
                && metric.ByType.Exists(type => QualifiesWith(c, metric, type, delta))
                && !metric.ByType.Exists(type => QualifiesWith(c, metric, type, delta - 1)),
            None: () => true));

    /// <summary>R23: no Δ means another metric is below the minimum, or even this metric's maximum would not reach 70.</summary>
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public bool R23_no_gap_only_when_no_growth_of_this_metric_can_qualify(GapCase c) =>
        c.Path.Metrics.ForAll(metric => metric.ExtraToClose.IsSome || !Qualification.Qualifies(c.Parameters, PointsWith(c, metric, metric.MaxPoints)));

    [Property(Arbitrary = [typeof(Generators)])]
    public bool R23_a_qualifying_path_reports_a_gap_of_zero_everywhere(GapCase c) =>
        !c.Path.Qualified || c.Path.Metrics.ForAll(m => m.ExtraToClose == Some(0L));

    private static bool QualifiesWith(GapCase c, MetricScore metric, long delta) =>
        Qualification.Qualifies(c.Parameters, PointsWith(c, metric, Points.Of(metric.Value + delta, metric.Threshold, metric.MaxPoints)));

    private static bool QualifiesWith(GapCase c, MetricScore metric, TypeScore type, long delta)
    {
        var grown = metric.ByType.Map(t => t == type ? Points.Of(t.Value + delta, t.Threshold, metric.MaxPoints) : t.Points).Max();
        return Qualification.Qualifies(c.Parameters, PointsWith(c, metric, grown));
    }

    private static Seq<decimal> PointsWith(GapCase c, MetricScore metric, decimal points) =>
        c.Path.Metrics.Map(m => m.Metric == metric.Metric ? points : m.Points);
}
