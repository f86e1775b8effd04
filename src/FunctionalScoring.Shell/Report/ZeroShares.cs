using FunctionalScoring.Core.Domain;
using LanguageExt;

namespace FunctionalScoring.Shell.Report;

/// <summary>How many of a path's partners earn 0 points in one metric.</summary>
public sealed record ZeroShare(Metric Metric, PathName Path, int AtZero, int Partners)
{
    public decimal Percent => Partners == 0 ? 0 : 100m * AtZero / Partners;
}

/// <summary>
/// The share of partners at 0 points per metric and path, as grouped horizontal bars: a metric at
/// 0 keeps a path from qualifying whatever its total (R21), so this is where most gaps start.
/// </summary>
public static class ZeroShares
{
    private const double Width = 640, Left = 196, Right = 60, Top = 8, BarHeight = 12, GroupGap = 14, Bottom = 28;

    public static string Render(string id, string title, Seq<ZeroShare> shares)
    {
        var groups = shares.GroupBy(s => s.Metric).OrderBy(g => g.Key).Select(g => g.OrderBy(s => s.Path).ToSeq()).ToSeq();
        var groupHeight = groups.Map(g => g.Count).DefaultIfEmpty(1).Max() * BarHeight;
        var height = Top + (groups.Count * (groupHeight + GroupGap)) - GroupGap + Bottom;
        var plotWidth = Width - Left - Right;
        var bottom = height - Bottom;
        double X(decimal percent) => Left + (double)(percent / 100m) * plotWidth;

        var ticks = string.Concat(Enumerable.Range(0, 5).Select(i => i * 25m).Select(p =>
            Svg.Line(X(p), Top, X(p), bottom, "grid") + Svg.Text(X(p), bottom + 16, $"{Html.Number(p)}%")));
        var bars = string.Concat(groups.Select((group, i) => Group(group, Top + (i * (groupHeight + GroupGap)), groupHeight, X)));
        var description = string.Join("; ", shares.Map(s => $"{MetricStyle.Name(s.Metric)}, {s.Path}: {Html.Share(s.AtZero, s.Partners)} at 0 points"));
        return Svg.Chart(id, Width, height, title, description, ticks + bars);
    }

    private static string Group(Seq<ZeroShare> group, double y, double groupHeight, Func<decimal, double> x)
    {
        var metric = group.Head.Metric;
        var bars = group.Select((share, i) =>
        {
            var top = y + (i * BarHeight);
            var tooltip = $"{MetricStyle.Name(metric)}, {share.Path}: {Html.Count(share.AtZero)} of {Html.Count(share.Partners)} partners at 0 points";
            return Svg.Rect(x(0), top + 1, x(share.Percent) - x(0), BarHeight - 2, MetricStyle.PathColour(share.Path), tooltip)
                + Svg.Text(x(share.Percent) + 5, top + BarHeight - 2.5, Html.Share(share.AtZero, share.Partners), "start", "bar-value");
        });
        return "<g class=\"zero-group\">"
            + Svg.Text(Left - 10, y + (groupHeight / 2) + 4, MetricStyle.Name(metric), "end", "row-label")
            + string.Concat(bars)
            + "</g>";
    }
}
