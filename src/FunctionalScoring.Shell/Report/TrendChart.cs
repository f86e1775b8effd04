using FunctionalScoring.Shell.Jobs;
using LanguageExt;

namespace FunctionalScoring.Shell.Report;

/// <summary>
/// Qualified partners per month (R30) as lines: any path (R22), each path (R21) and, under a window
/// longer than one month, the partners that hold the designation through it (R32); every point
/// carries its count as a tooltip.
/// </summary>
public static class TrendChart
{
    private const double Width = 1180, Height = 300, Left = 52, Right = 24, Top = 22, Bottom = 40;

    /// <summary>One line: its label, colour and the count of each month (None where it has no value).</summary>
    public sealed record Series(string Label, string Colour, Seq<Option<int>> Counts, bool Dashed = false);

    public static Seq<Series> SeriesOf(Seq<MonthCounts> months, int windowMonths) =>
        Prelude.Seq1(new Series("Any path (R22)", MetricStyle.QualifiedColour, months.Map(m => Prelude.Some(m.Qualified))))
        + months.HeadOrNone().ToSeq().Bind(first => Prelude.toSeq(first.Paths.Select((p, i) => new Series(p.Path.ToString(), MetricStyle.PathColour(p.Path), months.Map(m => Prelude.Some(m.Paths[i].Qualified))))))
        + (months.Exists(m => m.InWindow.IsSome) ? Prelude.Seq1(new Series($"In the {windowMonths}-month window (R32)", WindowColour, months.Map(m => m.InWindow), Dashed: true)) : Seq<Series>.Empty);

    /// <summary>The window's line: orange, apart from the paths' and the qualified colour.</summary>
    public const string WindowColour = "#E69F00";

    public static string Render(string id, string title, Seq<MonthCounts> months, int windowMonths)
    {
        var series = SeriesOf(months, windowMonths);
        var largest = Math.Max(1, series.Bind(s => s.Counts.Somes()).DefaultIfEmpty(0).Max());
        var step = Svg.NiceStep(largest, 5);
        var top = Math.Ceiling(largest / step) * step;
        var plotWidth = Width - Left - Right;
        var bottom = Height - Bottom;
        double X(int i) => months.Count == 1 ? Left + (plotWidth / 2) : Left + (i * plotWidth / (months.Count - 1));
        double Y(int count) => bottom - (count / top * (bottom - Top));

        var grid = string.Concat(Enumerable.Range(0, (int)(top / step) + 1).Select(i => (int)(i * step)).Select(v =>
            Svg.Line(Left, Y(v), Width - Right, Y(v), "grid") + Svg.Text(Left - 8, Y(v) + 4, Html.Count(v), "end")));
        var labels = string.Concat(months.Select((m, i) => Svg.Text(X(i), bottom + 18, m.AsOf.ToString())));
        // Drawn last-listed first, so "any path" lies on top where a path's line shares its counts.
        var lines = string.Concat(series.Rev().Map(s =>
        {
            var points = Prelude.toSeq(s.Counts.Select((c, i) => c.Map(v => (i, v)))).Somes();
            return $"<g class=\"trend\" data-series=\"{Html.Text(s.Label)}\">"
                + Svg.Polyline(points.Map(p => (X(p.i), Y(p.v))), s.Colour, s.Dashed ? "series dashed" : "series")
                + string.Concat(points.Map(p => Svg.Dot(X(p.i), Y(p.v), 3.5, s.Colour, $"{months[p.i].AsOf} · {s.Label}: {Html.Count(p.v)} partners")))
                + "</g>";
        }));
        var description = $"Partners qualifying per month, {months.Head.AsOf} to {months.Last.AsOf}: "
            + string.Join("; ", series.Map(s => $"{s.Label} {string.Join(", ", s.Counts.Map(c => c.Match(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture), () => "–")))}"))
            + ".";
        return Svg.Chart(id, Width, Height, title, description, grid + Svg.Line(Left, bottom, Width - Right, bottom, "axis") + labels + lines);
    }

    public static string Legend(Seq<MonthCounts> months, int windowMonths) =>
        MetricStyle.Legend(SeriesOf(months, windowMonths).Map(s => (s.Label, s.Colour)));
}
