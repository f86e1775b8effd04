namespace FunctionalScoring.Shell.Report;

/// <summary>
/// The few SVG elements the charts are made of, as strings. Every text and tooltip is HTML-encoded
/// here, so a chart cannot carry markup from the data. Inline SVG inside HTML needs no namespace
/// declaration, so the report holds no URL at all.
/// </summary>
public static class Svg
{
    /// <summary>An accessible chart: the title is its name for screen readers, the description its summary.</summary>
    public static string Chart(string id, double width, double height, string title, string description, string body) =>
        $"<svg class=\"chart\" id=\"{Html.Text(id)}\" viewBox=\"0 0 {Html.Number(width)} {Html.Number(height)}\" "
        + $"preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-labelledby=\"{Html.Text(id)}-title {Html.Text(id)}-desc\">"
        + $"<title id=\"{Html.Text(id)}-title\">{Html.Text(title)}</title><desc id=\"{Html.Text(id)}-desc\">{Html.Text(description)}</desc>"
        + body + "</svg>";

    public static string Rect(double x, double y, double width, double height, string fill, string tooltip, string cssClass = "bar") =>
        $"<rect class=\"{cssClass}\" x=\"{Html.Number(x)}\" y=\"{Html.Number(y)}\" width=\"{Html.Number(Math.Max(0, width))}\" "
        + $"height=\"{Html.Number(Math.Max(0, height))}\" fill=\"{fill}\"><title>{Html.Text(tooltip)}</title></rect>";

    public static string Line(double x1, double y1, double x2, double y2, string cssClass, string stroke = "currentColor") =>
        $"<line class=\"{cssClass}\" x1=\"{Html.Number(x1)}\" y1=\"{Html.Number(y1)}\" x2=\"{Html.Number(x2)}\" y2=\"{Html.Number(y2)}\" stroke=\"{stroke}\"/>";

    public static string Text(double x, double y, string text, string anchor = "middle", string cssClass = "tick", string? fill = null) =>
        $"<text class=\"{cssClass}\" x=\"{Html.Number(x)}\" y=\"{Html.Number(y)}\" text-anchor=\"{anchor}\"{(fill is null ? "" : $" style=\"fill:{fill}\"")}>{Html.Text(text)}</text>";

    /// <summary>A line through <paramref name="points"/>, in order.</summary>
    public static string Polyline(IEnumerable<(double X, double Y)> points, string stroke, string cssClass = "series") =>
        $"<polyline class=\"{cssClass}\" fill=\"none\" stroke=\"{stroke}\" points=\"{string.Join(" ", points.Select(p => $"{Html.Number(p.X)},{Html.Number(p.Y)}"))}\"/>";

    /// <summary>A point of a line, with its value as a tooltip.</summary>
    public static string Dot(double x, double y, double radius, string fill, string tooltip, string cssClass = "point") =>
        $"<circle class=\"{cssClass}\" cx=\"{Html.Number(x)}\" cy=\"{Html.Number(y)}\" r=\"{Html.Number(radius)}\" fill=\"{fill}\"><title>{Html.Text(tooltip)}</title></circle>";

    /// <summary>The qualifying-total line across a plot, labelled, e.g. at 70 points (R21).</summary>
    public static string Threshold(double x, double top, double bottom, decimal points) =>
        $"<g class=\"threshold\" data-points=\"{Html.Number(points)}\">"
        + Line(x, top, x, bottom, "threshold-line", MetricStyle.ThresholdColour)
        + Text(x + 4, top + 10, $"{Html.Number(points)} pts", "start", "threshold-label")
        + "</g>";

    /// <summary>A round tick step (1, 2 or 5 × 10ⁿ) giving at most <paramref name="maxTicks"/> ticks up to <paramref name="max"/>.</summary>
    public static double NiceStep(double max, int maxTicks = 5)
    {
        if (max <= 0)
        {
            return 1;
        }

        var raw = max / maxTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1d, 2d, 5d, 10d }.Select(f => f * magnitude).First(s => s >= raw);
        return Math.Max(1, step);
    }
}
