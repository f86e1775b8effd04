using FsCheck.Xunit;
using FunctionalScoring.Shell.Report;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Report;

/// <summary>Binning totals (R20) and drawing the qualifying line (R21).</summary>
public sealed class HistogramTests
{
    [Fact]
    public void Totals_fall_in_half_open_bins_and_the_maximum_in_the_last_one()
    {
        var bins = Histogram.Bins(Seq((0m, false), (69.99m, false), (70m, true), (70m, false), (100m, true)), maxTotal: 100m, width: 25m);
        Assert.Equal(
            Seq(
                new HistogramBin(0, 25, Qualified: 0, NotQualified: 1),
                new HistogramBin(25, 50, Qualified: 0, NotQualified: 0),
                new HistogramBin(50, 75, Qualified: 1, NotQualified: 2),
                new HistogramBin(75, 100, Qualified: 1, NotQualified: 0)),
            bins);
    }

    [Fact]
    public void Seventy_starts_a_bin_so_the_line_falls_between_bars()
    {
        var bins = Histogram.Bins(Seq((69.99m, false), (70m, true)), maxTotal: 100m);
        Assert.Equal(20, bins.Count);
        Assert.Equal(new HistogramBin(65, 70, 0, 1), bins[13]);
        Assert.Equal(new HistogramBin(70, 75, 1, 0), bins[14]);
    }

    [Fact]
    public void The_line_is_drawn_at_the_qualifying_total_on_the_points_axis()
    {
        var svg = Histogram.Render("h", "t", Histogram.Bins(Seq1((70m, true)), 100m), maxTotal: 100m, qualifyingTotal: 70m);
        // The plot spans x = 48 … 624 for 0 … 100 points, so 70 points sits at 48 + 0.7 × 576 = 451.2.
        Assert.Contains("<line class=\"threshold-line\" x1=\"451.2\" y1=\"12\" x2=\"451.2\" y2=\"208\"", svg);
    }

    [Fact]
    public void Every_bar_names_its_range_and_count_for_screen_readers_and_tooltips()
    {
        var svg = Histogram.Render("h", "Totals <all>", Histogram.Bins(Seq((72m, true), (73m, false)), 100m), 100m, 70m);
        Assert.Contains("<title>70–75 points: 1 qualified</title>", svg);
        Assert.Contains("<title>70–75 points: 1 not qualified</title>", svg);
        Assert.Contains("<title id=\"h-title\">Totals &lt;all&gt;</title>", svg);
    }

    [Property]
    public bool Every_partner_lands_in_exactly_one_bin(decimal[] totals)
    {
        var clamped = toSeq(totals).Map(t => (Math.Clamp(Math.Abs(t) % 101m, 0m, 100m), t > 0));
        return Histogram.Bins(clamped, 100m).Sum(b => b.Count) == clamped.Count;
    }
}
