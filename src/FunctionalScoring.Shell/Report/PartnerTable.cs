using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using LanguageExt;

namespace FunctionalScoring.Shell.Report;

/// <summary>
/// Every partner (R24: nobody is dropped) in one table the page's script can filter by text and
/// sort by column. Numeric cells carry their raw value in <c>data-value</c> so sorting never parses
/// formatted text; every string from the data is HTML-encoded.
/// </summary>
public static class PartnerTable
{
    /// <summary>A partner's id and, when known, name, both encoded.</summary>
    public static string Identity(PartnerScore partner) =>
        $"<span class=\"pid\">{Html.Text(partner.PartnerId)}</span>"
        + (string.IsNullOrWhiteSpace(partner.PartnerName) ? "" : $"<span class=\"pname\">{Html.Text(partner.PartnerName)}</span>");

    public static string Render(Seq<PartnerScore> partners, Seq<PathName> paths) => Render(partners, paths, Prelude.None, 0, 0);

    /// <summary>
    /// The table; with <paramref name="trends"/>, a last column holds each partner's reported total
    /// month by month as a sparkline (sorted by its change over the months).
    /// </summary>
    public static string Render(Seq<PartnerScore> partners, Seq<PathName> paths, Option<ReportTrends> trends, decimal maxTotal, decimal line)
    {
        var heads = Prelude.Seq(Head("partner", "Partner", false), Head("path", "Reported path", false), Head("qualified", "Qualified", false))
            + paths.Map(path => Head($"{path.ToString().ToLowerInvariant()}-total", path.ToString(), true, $"{path} total (R20)"))
            + Prelude.Seq1(Head("to-qualify", "To qualify", true))
            + Metrics.All.Map(m => Head(m.ToString().ToLowerInvariant(), MetricStyle.Short(m), true, $"{MetricStyle.Name(m)}: points on the reported path"))
            + trends.Map(t => Head("trend", "Trend", true, $"Reported total per month, {t.Months.Head.AsOf} … {t.AsOf}; sorts by its change")).ToSeq();
        var rows = string.Concat(partners.Map(p => Row(p, paths) + trends.Map(t => Trend(t, p.PartnerId, maxTotal, line)).IfNone("") + "</tr>\n"));
        var count = Html.Count(partners.Count);
        return "<div class=\"table-tools\">"
            + "<label for=\"partner-search\">Search partners</label>"
            + "<input type=\"search\" id=\"partner-search\" placeholder=\"Partner id, name, path…\" autocomplete=\"off\" spellcheck=\"false\" aria-controls=\"partner-table\">"
            + $"<p class=\"count\" aria-live=\"polite\"><span id=\"visible-count\">{count}</span> of <span id=\"total-count\">{count}</span> partners shown</p>"
            + "</div>\n"
            + "<div class=\"table-scroll\"><table class=\"data sortable\" id=\"partner-table\">"
            + "<caption>All partners. Click a column heading to sort; type to filter (the address can carry both: <code>#q=text&amp;sort=-enterprise-total</code>).</caption>"
            + $"<thead><tr>{string.Concat(heads)}</tr></thead>\n<tbody>\n{rows}</tbody></table></div>\n";
    }

    /// <summary>A sortable heading; its key names it in <c>#sort=key</c> (or <c>#sort=-key</c>, descending).</summary>
    private static string Head(string key, string label, bool numeric, string? title = null) =>
        $"<th scope=\"col\" data-key=\"{Html.Text(key)}\"{(numeric ? " class=\"num\" data-type=\"number\"" : " data-type=\"text\"")}{(title is null ? "" : $" title=\"{Html.Text(title)}\"")}>"
        + $"<button type=\"button\">{Html.Text(label)}<span class=\"sort-mark\" aria-hidden=\"true\"></span></button></th>";

    private static string Row(PartnerScore partner, Seq<PathName> paths)
    {
        var reported = partner.Reported;
        var qualified = partner.Qualified ? "<span class=\"tag ok\">Yes</span>" : "<span class=\"tag no\">No</span>";
        return $"<tr class=\"partner-row\" data-partner=\"{Html.Text(partner.PartnerId)}\">"
            + $"<td data-value=\"{Html.Text(partner.PartnerId)}\">{Identity(partner)}</td>"
            + $"<td>{Html.Text(partner.ReportedPath.ToString())}</td>"
            + $"<td data-value=\"{(partner.Qualified ? 1 : 0)}\">{qualified}</td>"
            + string.Concat(paths.Map(path => Number(partner.Path(path).Total, partner.Path(path).Qualified ? "pass" : null)))
            + Number(reported.PointsToQualify)
            + string.Concat(reported.Metrics.Map(m => Number(m.Points, reported.BelowMinimum.Contains(m.Metric) ? "below" : null)));
    }

    private static string Trend(ReportTrends trends, string partner, decimal maxTotal, decimal line)
    {
        var totals = trends.TotalsOf(partner);
        var change = totals.IsEmpty ? 0 : totals.Last - totals.Head;
        return $"<td class=\"num spark-cell\" data-value=\"{Html.Number(change)}\">{Sparkline.Render(totals, trends.Months.Head.AsOf, trends.AsOf, maxTotal, line)}</td>";
    }

    private static string Number(decimal value, string? cssClass = null) =>
        $"<td class=\"num{(cssClass is null ? "" : " " + cssClass)}\" data-value=\"{Html.Number(value)}\">{Html.Points(value)}</td>";
}
