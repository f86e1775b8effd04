using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Planning;
using FunctionalScoring.Core.Results;
using LanguageExt;

namespace FunctionalScoring.Shell.Report;

/// <summary>
/// R23: the partners nearest the line, each with the gap on its reported path — the points still
/// missing, the metrics under the per-metric minimum, and, per metric, the extra_to_close Δ that
/// would qualify the path on its own (a dash when no Δ of that metric alone can).
/// </summary>
public static class ClosestPartners
{
    public static string Render(Seq<PartnerScore> partners, int top, PlanningContext planning)
    {
        var closest = ReportFigures.Closest(partners, top);
        if (closest.IsEmpty)
        {
            return "<p class=\"empty\">Every partner qualifies: there is no gap to show.</p>";
        }

        var metricHeads = string.Concat(Metrics.All.Map(m =>
            $"<th scope=\"col\" class=\"num metric-head\" title=\"{Html.Text(MetricStyle.Name(m))}\"><span class=\"swatch\" style=\"background:{MetricStyle.Colour(m)}\"></span>{Html.Text(MetricStyle.Short(m))}</th>"));
        var rows = string.Concat(closest.Select((p, i) => Row(i + 1, p, planning)));
        return $"<p class=\"lead\">The {Html.Count(closest.Count)} partners closest to qualifying, on their reported path: fewest points to qualify first. "
            + "A metric column shows the increase of that metric alone that would qualify the path (R23's extra_to_close). "
            + "A dash: that metric alone cannot close the gap. The cheapest plan combines additions across metrics at the least cost "
            + $"(unit costs: tenant {Html.Number(planning.Costs.Tenant)}, person {Html.Number(planning.Costs.Person)}, user {Html.Number(planning.Costs.User)}, deployment {Html.Number(planning.Costs.Deployment)}).</p>"
            + "<div class=\"table-wide\"><table class=\"data gaps\" id=\"closest-table\"><caption class=\"visually-hidden\">Partners closest to qualifying, with their gap</caption>"
            + "<thead><tr><td colspan=\"7\"></td><th scope=\"colgroup\" colspan=\"5\" class=\"group\">Extra to close, one metric alone (R23)</th></tr>"
            + "<tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Partner</th><th scope=\"col\">Path</th>"
            + "<th scope=\"col\" class=\"num\">Total</th><th scope=\"col\" class=\"num\">To qualify</th><th scope=\"col\">Below minimum</th><th scope=\"col\" class=\"plan-head\">Cheapest plan</th>"
            + metricHeads + "</tr></thead>\n<tbody>\n" + rows + "</tbody></table></div>\n";
    }

    private static string Row(int rank, PartnerScore partner, PlanningContext planning)
    {
        var path = partner.Reported;
        var below = path.BelowMinimum.IsEmpty
            ? "<span class=\"muted\">–</span>"
            : string.Join(" ", path.BelowMinimum.Map(m => $"<span class=\"tag warn\">{Html.Text(MetricStyle.Name(m))}</span>"));
        return $"<tr data-partner=\"{Html.Text(partner.PartnerId)}\"><td class=\"num muted\">{rank}</td>"
            + $"<td>{PartnerTable.Identity(partner)}</td>"
            + $"<td>{Html.Text(partner.ReportedPath.ToString())}</td>"
            + $"<td class=\"num\">{Html.Points(path.Total)}</td>"
            + $"<td class=\"num strong\">{Html.Points(path.PointsToQualify)}</td>"
            + $"<td>{below}</td>"
            + $"<td class=\"plan-cell\">{CheapestPlan.Render(Planner.Plan(planning, path))}</td>"
            + string.Concat(path.Metrics.Map(Extra))
            + "</tr>\n";
    }

    private static string Extra(MetricScore metric) =>
        metric.ExtraToClose.Match(
            Some: delta => $"<td class=\"num plan\" title=\"{Html.Text(MetricStyle.Name(metric.Metric))}: value {Html.Count(metric.Value)}, {Html.Points(metric.Points)} of {Html.Number(metric.MaxPoints)} points\">{Html.Text(MetricStyle.Extra(metric.Metric, delta))}</td>",
            None: () => $"<td class=\"num muted\" title=\"{Html.Text(MetricStyle.Name(metric.Metric))}: no increase of this metric alone qualifies the path\">–</td>");
}
