using System.Globalization;
using FsCheck.Xunit;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using LanguageExt;

namespace FunctionalScoring.Core.Tests.Evaluation;

public class QualificationTests
{
    /// <summary>§8 example 7: 20 + 10 + 15 + 30 + 0 = 75 does not qualify (a metric at 0).</summary>
    [Fact]
    public void R21_a_total_of_75_with_a_metric_at_zero_does_not_qualify()
    {
        var smb = QualificationScenarios.SeventyFiveWithDeploymentsAtZero().Run().Partner("P1").Path(PathName.SMB);

        Assert.Equal([20.00m, 10.00m, 15.00m, 30.00m, 0.00m], smb.Metrics.Map(m => m.Points).ToArray());
        Assert.Equal((75.00m, false, 0m), (smb.Total, smb.Qualified, smb.PointsToQualify));
        Assert.Equal([Metric.Deployments], smb.BelowMinimum.ToArray());
    }

    /// <summary>§8 example 7: 70.00 with every metric at least 1 qualifies.</summary>
    [Fact]
    public void R21_a_total_of_exactly_70_with_every_metric_scoring_qualifies()
    {
        var p1 = QualificationScenarios.ExactlySeventy().Run().Partner("P1");
        var smb = p1.Path(PathName.SMB);

        Assert.Equal([20.00m, 10.00m, 15.00m, 15.00m, 10.00m], smb.Metrics.Map(m => m.Points).ToArray());
        Assert.Equal((70.00m, true, 0m), (smb.Total, smb.Qualified, smb.PointsToQualify));
        Assert.Equal((true, PathName.SMB), (p1.Qualified, p1.ReportedPath));
    }

    /// <summary>§8 example 7: 69.99 does not qualify.</summary>
    [Fact]
    public void R21_a_total_of_69_99_does_not_qualify()
    {
        var p1 = QualificationScenarios.SixtyNineNinetyNine().Run().Partner("P1");
        var smb = p1.Path(PathName.SMB);

        Assert.Equal([20.00m, 10.00m, 15.00m, 14.99m, 10.00m], smb.Metrics.Map(m => m.Points).ToArray());
        Assert.Equal((69.99m, false, 0.01m), (smb.Total, smb.Qualified, smb.PointsToQualify));
        Assert.Equal((false, PathName.SMB), (p1.Qualified, p1.ReportedPath));
    }

    [Theory]
    [InlineData("20 10 15 30 0", false)] // §8 example 7: a metric at 0
    [InlineData("20 10 15 15 10", true)] // exactly 70
    [InlineData("20 10 15 14.99 10", false)] // 69.99
    [InlineData("20 10 15 24 1", true)] // every metric at the minimum or more
    [InlineData("20 10 15 30 0.99", false)] // one metric just under the minimum
    [InlineData("20 10 15 30 25", true)] // full marks
    public void R21_a_path_qualifies_with_70_points_and_every_metric_at_one_point(string points, bool qualifies)
    {
        Assert.Equal(qualifies, Qualification.Qualifies(Parameters.Default, PointsOf(points)));
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public bool R21_exactly_70_with_every_metric_at_one_point_qualifies(PathPoints p) =>
        p.Points.Sum() == 70m && Qualification.Qualifies(Parameters.Default, p.Points);

    [Property(Arbitrary = [typeof(Generators)])]
    public bool R21_one_hundredth_less_than_70_never_qualifies(PathPoints p) =>
        Enumerable.Range(0, 5).All(i => !Qualification.Qualifies(Parameters.Default, p.Points.Select((x, j) => j == i ? x - 0.01m : x).ToSeq()));

    /// <summary>Moves metric i's points onto the others (each up to its maximum): the total stays 70.00, metric i drops to 0.</summary>
    [Property(Arbitrary = [typeof(Generators)])]
    public bool R21_a_metric_at_zero_never_qualifies_even_at_70(PathPoints p) =>
        Enumerable.Range(0, 5).All(i =>
        {
            var zeroed = Zeroed(p.Points, i);
            return zeroed.Sum() == 70m && zeroed[i] == 0m && !Qualification.Qualifies(Parameters.Default, zeroed);
        });

    [Property(Arbitrary = [typeof(Generators)])]
    public bool R20_a_path_total_is_the_sum_of_its_metric_points(GapCase c) =>
        c.Path.Total == c.Path.Metrics.Sum(m => m.Points)
        && c.Path.PointsToQualify == Math.Max(0m, 70m - c.Path.Total)
        && c.Path.BelowMinimum == c.Path.Metrics.Filter(m => m.Points < 1m).Map(m => m.Metric);

    [Theory]
    [InlineData(true, "60", false, "90", PathName.Enterprise)] // qualifying over higher total
    [InlineData(false, "90", true, "60", PathName.SMB)]
    [InlineData(false, "50", false, "60", PathName.SMB)] // then the higher total
    [InlineData(true, "80", true, "75", PathName.Enterprise)]
    [InlineData(false, "60", false, "60", PathName.Enterprise)] // then the path listed first
    [InlineData(true, "80", true, "80", PathName.Enterprise)]
    public void R22_the_reported_path_is_qualifying_then_higher_then_first(bool enterpriseQualifies, string enterpriseTotal, bool smbQualifies, string smbTotal, PathName reported)
    {
        var paths = Prelude.Seq(
            new PathScore(PathName.Enterprise, Seq<MetricScore>.Empty, decimal.Parse(enterpriseTotal, CultureInfo.InvariantCulture), enterpriseQualifies, 0m, Seq<Metric>.Empty),
            new PathScore(PathName.SMB, Seq<MetricScore>.Empty, decimal.Parse(smbTotal, CultureInfo.InvariantCulture), smbQualifies, 0m, Seq<Metric>.Empty));

        Assert.Equal(reported, Qualification.ReportedPath(paths));
    }

    private static Seq<decimal> Zeroed(Seq<decimal> points, int metric)
    {
        decimal[] maxima = [20m, 10m, 15m, 30m, 25m];
        var moved = points.ToArray();
        var spare = moved[metric];
        moved[metric] = 0m;
        for (var j = 0; j < moved.Length; j++)
        {
            var add = j == metric ? 0m : Math.Min(spare, maxima[j] - moved[j]);
            moved[j] += add;
            spare -= add;
        }

        return moved.ToSeq();
    }

    private static Seq<decimal> PointsOf(string points) =>
        points.Split(' ').Select(p => decimal.Parse(p, CultureInfo.InvariantCulture)).ToSeq();
}
