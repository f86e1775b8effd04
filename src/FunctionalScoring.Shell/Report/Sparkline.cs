using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Shell.Report;

/// <summary>
/// A partner's reported total (R20) month by month as a small inline line, the qualifying total drawn
/// faintly across it; its label says the first and last month and total for screen readers.
/// </summary>
public static class Sparkline
{
    private const double Width = 104, Height = 26, Pad = 3;

    public static string Render(Seq<decimal> totals, Month first, Month last, decimal maxTotal, decimal line)
    {
        if (totals.IsEmpty)
        {
            return "";
        }

        double X(int i) => totals.Count == 1 ? Width / 2 : Pad + (i * (Width - (2 * Pad)) / (totals.Count - 1));
        double Y(decimal total) => Height - Pad - ((double)(Math.Clamp(total, 0, maxTotal) / maxTotal) * (Height - (2 * Pad)));
        var end = totals.Last;
        var label = $"Reported total {first}: {Html.Points(totals.Head)}, {last}: {Html.Points(end)}";
        return $"<svg class=\"spark\" viewBox=\"0 0 {Html.Number(Width)} {Html.Number(Height)}\" width=\"{Html.Number(Width)}\" height=\"{Html.Number(Height)}\" role=\"img\" aria-label=\"{Html.Text(label)}\">"
            + $"<title>{Html.Text(label)}</title>"
            + Svg.Line(0, Y(line), Width, Y(line), "spark-line", MetricStyle.ThresholdColour)
            + Svg.Polyline(totals.Select((t, i) => (X(i), Y(t))), MetricStyle.QualifiedColour, "spark-series")
            + $"<circle cx=\"{Html.Number(X(totals.Count - 1))}\" cy=\"{Html.Number(Y(end))}\" r=\"2.5\" fill=\"{(end >= line ? MetricStyle.QualifiedColour : MetricStyle.NotQualifiedColour)}\"/>"
            + "</svg>";
    }
}
