using System.Globalization;
using FsCheck.Xunit;
using FunctionalScoring.Core.Evaluation;

namespace FunctionalScoring.Core.Tests.Evaluation;

public class PointsTests
{
    /// <summary>R9's arithmetic behind every worked example of §8, and its edges.</summary>
    [Theory]
    [InlineData(7, "10", "20", "14.00")] // example 1: net customer adds, SMB
    [InlineData(2, "4", "10", "5.00")] // example 2: intermediate, Enterprise
    [InlineData(600, "1000", "30", "18.00")] // example 3: CPOR
    [InlineData(3000, "4000", "30", "22.50")] // example 3: DPOR
    [InlineData(250, "2000", "30", "3.75")] // example 4
    [InlineData(6, "10", "25", "15.00")] // example 5
    [InlineData(999, "2000", "30", "14.99")] // 14.985 rounds half away from zero
    [InlineData(1, "3", "10", "3.33")] // exact decimal quotient, then rounded
    [InlineData(2, "3", "10", "6.67")]
    [InlineData(10, "10", "20", "20.00")] // value = threshold: the maximum
    [InlineData(15, "10", "20", "20.00")] // clamped to the maximum
    [InlineData(0, "10", "20", "0.00")]
    [InlineData(-5, "10", "20", "0.00")] // negative values earn 0
    public void R9_points_are_value_times_maximum_over_threshold_clamped_and_rounded(long value, string threshold, string maxPoints, string points)
    {
        Assert.Equal(Decimal(points), Points.Of(value, Decimal(threshold), Decimal(maxPoints)));
    }

    /// <summary>
    /// The extremes of int64 against a large maximum: value × maximum would leave decimal's range, yet
    /// the clamp makes any value at or above the threshold earn the maximum and any value at or below
    /// zero earn nothing, so the product is only ever taken below the threshold.
    /// </summary>
    [Theory]
    [InlineData(long.MaxValue, "10", "10000000000", "10000000000")]
    [InlineData(long.MinValue, "10", "10000000000", "0")]
    [InlineData(long.MaxValue, "0.0000001", "30", "30")]
    [InlineData(long.MinValue, "0.0000001", "30", "0")]
    public void R9_the_int64_extremes_earn_the_maximum_or_nothing_without_overflow(long value, string threshold, string maxPoints, string points)
    {
        Assert.Equal(Decimal(points), Points.Of(value, Decimal(threshold), Decimal(maxPoints)));
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public bool R9_points_stay_between_zero_and_the_maximum(ThresholdCase c)
    {
        var points = Points.Of(c.Value, c.Threshold, c.MaxPoints);
        return points >= 0 && points <= c.MaxPoints;
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public bool R9_the_threshold_earns_the_maximum_and_one_less_does_not(ThresholdCase c)
    {
        var threshold = (long)c.Threshold;
        return Points.Of(threshold, c.Threshold, c.MaxPoints) == c.MaxPoints
            && Points.Of(threshold - 1, c.Threshold, c.MaxPoints) < c.MaxPoints
            && Points.Of(threshold + 1, c.Threshold, c.MaxPoints) == c.MaxPoints;
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public bool R9_negative_values_earn_nothing(ThresholdCase c) =>
        Points.Of(-Math.Abs(c.Value) - 1, c.Threshold, c.MaxPoints) == 0m;

    [Property(Arbitrary = [typeof(Generators)])]
    public bool R9_more_value_never_earns_fewer_points(ThresholdCase c) =>
        Points.Of(c.Value, c.Threshold, c.MaxPoints) <= Points.Of(c.Value + 1, c.Threshold, c.MaxPoints);

    [Property(Arbitrary = [typeof(Generators)])]
    public bool R9_points_below_the_threshold_are_the_rounded_exact_quotient(ThresholdCase c)
    {
        var value = Math.Clamp(c.Value, 0, (long)c.Threshold);
        return Points.Of(value, c.Threshold, c.MaxPoints) == Math.Round(value * c.MaxPoints / c.Threshold, 2, MidpointRounding.AwayFromZero);
    }

    private static decimal Decimal(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
