using FunctionalScoring.Core.Domain;
using LanguageExt;

namespace FunctionalScoring.Shell.Report;

/// <summary>One bar: a label and the average points of each metric, stacked in reporting order.</summary>
public sealed record StackedRow(string Label, Seq<(Metric Metric, decimal Points, decimal MaxPoints)> Segments)
{
    public decimal Total => Segments.Sum(s => s.Points);
}

/// <summary>
/// Where the average partner's points come from: one horizontal bar per row, a segment per metric
/// (R20: the total is the sum of the five), against the qualifying line.
/// </summary>
public static class StackedBars
{
    private const double Width = 640, Left = 132, Right = 56, Top = 22, RowHeight = 28, Gap = 14, Bottom = 30;

    public static string Render(string id, string title, Seq<StackedRow> rows, decimal maxTotal, decimal qualifyingTotal)
    {
        var plotWidth = Width - Left - Right;
        var height = Top + (rows.Count * (RowHeight + Gap)) - Gap + Bottom;
        double X(decimal points) => Left + (double)(points / maxTotal) * plotWidth;
        var bottom = height - Bottom;

        var xStep = (decimal)Svg.NiceStep((double)maxTotal, 10);
        var ticks = string.Concat(Enumerable.Range(0, (int)(maxTotal / xStep) + 1).Select(i => i * xStep).Select(p =>
            Svg.Line(X(p), Top - 4, X(p), bottom, "grid") + Svg.Text(X(p), bottom + 16, Html.Number(p))));
        var bars = string.Concat(rows.Select((row, i) => Row(row, Top + (i * (RowHeight + Gap)), X)));
        var description = string.Join("; ", rows.Map(r => $"{r.Label}: {Html.Points(r.Total)} points on average"))
            + $". The line marks the qualifying total of {Html.Number(qualifyingTotal)} points.";
        return Svg.Chart(id, Width, height, title, description,
            ticks + bars + Svg.Threshold(X(qualifyingTotal), Top - 16, bottom, qualifyingTotal));
    }

    private static string Row(StackedRow row, double y, Func<decimal, double> x)
    {
        var start = 0m;
        var segments = new List<string>();
        foreach (var (metric, points, max) in row.Segments)
        {
            var from = x(start);
            var width = x(start + points) - from;
            var tooltip = $"{row.Label} · {MetricStyle.Name(metric)}: {Html.Points(points)} of {Html.Number(max)} points on average";
            segments.Add(Svg.Rect(from, y, width, RowHeight, MetricStyle.Colour(metric), tooltip, "segment")
                + (width >= 34 ? Svg.Text(from + (width / 2), y + (RowHeight / 2) + 4, Html.Fixed(points, 1), "middle", "segment-label", MetricStyle.LabelColour(metric)) : ""));
            start += points;
        }

        return $"<g class=\"stack\">"
            + Svg.Text(Left - 10, y + (RowHeight / 2) + 4, row.Label, "end", "row-label")
            + string.Concat(segments)
            + Svg.Text(x(start) + 6, y + (RowHeight / 2) + 4, Html.Points(row.Total), "start", "row-total")
            + "</g>";
    }
}
