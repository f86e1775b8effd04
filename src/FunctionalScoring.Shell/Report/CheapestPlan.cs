using FunctionalScoring.Core.Planning;
using LanguageExt;

namespace FunctionalScoring.Shell.Report;

/// <summary>
/// One path's cheapest plan (Core.Planning) as a cell: each addition in its metric's unit and
/// colour, the type it goes through for the per-type metrics, then its cost and the total it reaches.
/// </summary>
public static class CheapestPlan
{
    public static string Render(Option<PathPlan> plan) =>
        plan.Match(
            Some: p => "<ul class=\"plan-steps\">"
                + string.Concat(p.Additions.Map(step =>
                    $"<li><span class=\"swatch\" style=\"background:{MetricStyle.Colour(step.Metric)}\"></span>{Html.Text(MetricStyle.Extra(step.Metric, step.Units))}"
                    + step.Via.Match(via => $" <span class=\"muted\">via {Html.Text(via.ToString())}</span>", () => "")
                    + "</li>"))
                + $"</ul><span class=\"plan-outcome\">cost {Html.Number(p.Cost)} · total {Html.Points(p.TotalBefore)} → {Html.Points(p.TotalAfter)}</span>",
            None: () => "<span class=\"muted\">no additions can qualify this path</span>");
}
