using FunctionalScoring.Core.History;

namespace FunctionalScoring.Shell.Report;

/// <summary>
/// R32: the partners that hold the designation only through the window — their last qualified month
/// is the window's oldest, so they lose it next month unless they qualify again — each with the
/// planner's cheapest additions that would make it qualify now.
/// </summary>
public static class AtRiskList
{
    public static string Render(ReportTrends trends)
    {
        if (trends.WindowMonths <= 1)
        {
            return "<p class=\"empty\" id=\"at-risk\">This rule set has no qualification window (R32: one month): a partner holds the designation only in a month it qualifies, so nobody holds it through a window.</p>";
        }

        var next = trends.AsOf.AddMonths(1);
        var lead = $"<p class=\"lead\" id=\"at-risk\">At risk: {Html.Count(trends.AtRisk.Count)} {(trends.AtRisk.Count == 1 ? "partner holds" : "partners hold")} the designation only through the {trends.WindowMonths}-month window: "
            + $"they last qualified in {trends.AsOf.AddMonths(1 - trends.WindowMonths)} and lose the designation in {next} unless they qualify again. The cheapest plan makes a path qualify in {trends.AsOf}.</p>";
        if (trends.AtRisk.IsEmpty)
        {
            return lead;
        }

        var rows = string.Concat(trends.AtRisk.Map(Row));
        return lead + "<div class=\"table-wide\"><table class=\"data\" id=\"at-risk-table\"><caption class=\"visually-hidden\">Partners at risk of losing the designation, with their cheapest plan</caption>"
            + "<thead><tr><th scope=\"col\">Partner</th><th scope=\"col\">Last qualified</th><th scope=\"col\">Path</th><th scope=\"col\" class=\"num\">Total</th><th scope=\"col\" class=\"plan-head\">Cheapest plan</th></tr></thead>\n<tbody>\n"
            + rows + "</tbody></table></div>\n";
    }

    private static string Row(AtRiskPartner partner) =>
        $"<tr class=\"at-risk-row\" data-partner=\"{Html.Text(partner.PartnerId)}\">"
        + $"<td>{PartnerTable.Identity(partner.Score)}</td>"
        + $"<td>{partner.LastQualified}</td>"
        + $"<td>{Html.Text(partner.Score.ReportedPath.ToString())}</td>"
        + $"<td class=\"num\">{Html.Points(partner.Score.Reported.Total)}</td>"
        + $"<td class=\"plan-cell\">{CheapestPlan.Render(partner.Plan.Cheapest)}</td>"
        + "</tr>\n";
}
