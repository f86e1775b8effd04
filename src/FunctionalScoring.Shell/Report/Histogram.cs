using LanguageExt;

namespace FunctionalScoring.Shell.Report;

/// <summary>One bar of a histogram of totals: partners with From ≤ total &lt; To (the last bin includes its top).</summary>
public sealed record HistogramBin(decimal From, decimal To, int Qualified, int NotQualified)
{
    public int Count => Qualified + NotQualified;
}

/// <summary>
/// The distribution of path totals (R20) as an SVG histogram, each bar split into partners that
/// qualify and partners that do not (R21: a total of 70 with a metric at 0 does not), with the
/// qualifying total drawn as a line.
/// </summary>
public static class Histogram
{
    private const double Left = 48, Right = 16, Top = 20, Bottom = 42;

    /// <summary>Bins of <paramref name="width"/> points from 0 to <paramref name="maxTotal"/>.</summary>
    public static Seq<HistogramBin> Bins(Seq<(decimal Total, bool Qualified)> totals, decimal maxTotal, decimal width = 5m)
    {
        var count = Math.Max(1, (int)Math.Ceiling(maxTotal / width));
        int BinOf(decimal total) => Math.Clamp((int)Math.Floor(total / width), 0, count - 1);
        return Prelude.toSeq(Enumerable.Range(0, count).Select(i => new HistogramBin(
            i * width,
            Math.Min(maxTotal, (i + 1) * width),
            totals.Count(t => t.Qualified && BinOf(t.Total) == i),
            totals.Count(t => !t.Qualified && BinOf(t.Total) == i)))).Strict();
    }

    /// <summary>
    /// The chart: bars, axes, gridlines and the qualifying line at <paramref name="qualifyingTotal"/>.
    /// The size is the drawing's own; the page scales it to its column, so a wide chart keeps its text size.
    /// </summary>
    public static string Render(string id, string title, Seq<HistogramBin> bins, decimal maxTotal, decimal qualifyingTotal, double width = 640, double height = 250)
    {
        var plotWidth = width - Left - Right;
        var plotHeight = height - Top - Bottom;
        var maxCount = Math.Max(1, bins.Map(b => b.Count).DefaultIfEmpty(0).Max());
        var step = Svg.NiceStep(maxCount, 4);
        var yMax = Math.Ceiling(maxCount / step) * step;
        double X(decimal points) => Left + (double)(points / maxTotal) * plotWidth;
        double Y(double count) => Top + plotHeight * (1 - (count / yMax));

        var grid = string.Concat(Enumerable.Range(0, (int)(yMax / step) + 1).Select(i => i * step).Select(c =>
            Svg.Line(Left, Y(c), width - Right, Y(c), "grid") + Svg.Text(Left - 6, Y(c) + 4, Html.Count((long)c), "end")));
        var xStep = (decimal)Svg.NiceStep((double)maxTotal, 10);
        var xTicks = string.Concat(Enumerable.Range(0, (int)(maxTotal / xStep) + 1).Select(i => i * xStep).Select(p =>
            Svg.Text(X(p), Top + plotHeight + 16, Html.Number(p))));
        var bars = string.Concat(bins.Map(b => Bar(b, X(b.From) + 1, X(b.To) - X(b.From) - 2, Y)));
        var axes = Svg.Line(Left, Top + plotHeight, width - Right, Top + plotHeight, "axis")
            + Svg.Text(Left + (plotWidth / 2), height - 6, "Total points", "middle", "axis-label")
            + $"<text class=\"axis-label\" transform=\"translate(13 {Html.Number(Top + (plotHeight / 2))}) rotate(-90)\" text-anchor=\"middle\">Partners</text>";
        var total = bins.Sum(b => b.Count);
        var qualified = bins.Sum(b => b.Qualified);
        var description = $"{Html.Count(total)} partners in {bins.Count} bins of total points; {Html.Count(qualified)} qualify. "
            + $"The line marks the qualifying total of {Html.Number(qualifyingTotal)} points.";
        return Svg.Chart(id, width, height, title, description,
            grid + bars + axes + xTicks + Svg.Threshold(X(qualifyingTotal), Top - 8, Top + plotHeight, qualifyingTotal));
    }

    private static string Bar(HistogramBin bin, double x, double width, Func<double, double> y)
    {
        var range = $"{Html.Number(bin.From)}–{Html.Number(bin.To)} points";
        var notQualified = bin.NotQualified == 0 ? "" : Svg.Rect(
            x, y(bin.NotQualified), width, y(0) - y(bin.NotQualified), MetricStyle.NotQualifiedColour,
            $"{range}: {Html.Count(bin.NotQualified)} not qualified", "bar not-qualified");
        var qualified = bin.Qualified == 0 ? "" : Svg.Rect(
            x, y(bin.Count), width, y(bin.NotQualified) - y(bin.Count), MetricStyle.QualifiedColour,
            $"{range}: {Html.Count(bin.Qualified)} qualified", "bar qualified");
        return $"<g class=\"bin\" data-from=\"{Html.Number(bin.From)}\" data-count=\"{bin.Count}\">{notQualified}{qualified}</g>";
    }
}
