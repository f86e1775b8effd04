using FunctionalScoring.Core;
using FunctionalScoring.Core.Planning;
using LanguageExt;

namespace FunctionalScoring.Shell.Report;

/// <summary>
/// The run as one self-contained HTML page: qualification summary, histograms of totals with the
/// qualifying line, where the points come from, the partners closest to qualifying with their gap
/// (R23), every partner in a searchable table, and the row accounting (R28). Pure: a string from a
/// run, every data string HTML-encoded, no URL anywhere.
/// </summary>
public static class HtmlReport
{
    public static string Render(RunResult run, ReportOptions options) => Render(run, options, Prelude.None);

    /// <summary>The page; with <paramref name="trends"/> (a history, R30), a trends section and a sparkline per partner too.</summary>
    public static string Render(RunResult run, ReportOptions options, Option<ReportTrends> trends)
    {
        var partners = run.Partners;
        var paths = run.Rules.Paths.Map(p => p.Path);
        var maxTotal = run.Rules.Paths.Map(p => p.MaxTotal).DefaultIfEmpty(100m).Max();
        var line = run.Rules.Parameters.QualifyingTotal;
        var views = ReportFigures.Views(paths);

        // The reported path gets the full width; each path's own histogram shares a row with the others.
        string HistogramOf(PathView view, double width, double height) => Histogram.Render(
            $"histogram-{view.Id}", $"Histogram of {view.Label.ToLowerInvariant()} totals", Histogram.Bins(ReportFigures.Totals(partners, view), maxTotal), maxTotal, line, width, height);
        var histograms = HtmlPage.Figure("Totals on the reported path (R22)", HistogramOf(views.Head, 1180, 270))
            + $"<div class=\"charts\">{string.Concat(views.Tail.Map(v => HtmlPage.Figure($"{v.Label} totals", HistogramOf(v, 640, 250))))}</div>";
        var qualifiedLegend = MetricStyle.Legend(Prelude.Seq(("Qualifies", MetricStyle.QualifiedColour), ("Does not qualify", MetricStyle.NotQualifiedColour), ($"{Html.Number(line)}-point line", MetricStyle.ThresholdColour)));
        var stacked = StackedBars.Render("metric-averages", "Average points per metric", views.Map(v => ReportFigures.Averages(partners, v)), maxTotal, line);
        var zeros = ZeroShares.Render("metric-zero-shares", "Share of partners at 0 points per metric", ReportFigures.AtZero(partners, paths));

        var main = Warnings(run.Warnings)
            + HtmlPage.Section("summary", "Qualification", $"A path qualifies with a total of at least {Html.Number(line)} points and at least {Html.Number(run.Rules.Parameters.MinPointsPerMetric)} point in every metric (R21); a partner qualifies when either path does (R22).", QualificationSummary.Render(partners, paths, run.Windows))
            + HtmlPage.Section("totals", "Distribution of totals", "How many partners reach each total, split into those that qualify and those that do not: a bar right of the line can still fail on a metric at 0.", histograms + qualifiedLegend)
            + string.Concat(trends.Map(t => HtmlPage.Section("trends", "Trends", Trends.Lead(t), Trends.Render(t))))
            + HtmlPage.Section("metrics", "Where the points come from", "Average points per metric, stacked to the average total, and how often each metric earns nothing.", "<div class=\"charts\">"
                + HtmlPage.Figure("Average points per metric", stacked, MetricStyle.Legend())
                + HtmlPage.Figure("Partners at 0 points, per metric", zeros, MetricStyle.PathLegend()) + "</div>")
            + HtmlPage.Section("closest", "Closest to qualifying", "", ClosestPartners.Render(partners, options.Top, PlanningContext.For(run.Rules, options.UnitCosts)))
            + HtmlPage.Section("partners", "All partners", "", PartnerTable.Render(partners, paths, trends, maxTotal, line))
            + HtmlPage.Section("inputs", "Input rows", "", InputRows.Render(run.Accounting));
        return HtmlPage.Render($"Modern Work scores · {options.DatasetName} · {run.Window.AsOf}", Header(run, options), Navigation(trends.IsSome), main, Footer(run));
    }

    private static string Header(RunResult run, ReportOptions options)
    {
        static string Item(string label, string value) => $"<div><dt>{Html.Text(label)}</dt><dd>{value}</dd></div>";
        return "<h1>Solutions Partner for Modern Work — score report</h1>"
            + $"<p class=\"subtitle\">{Html.Text(run.Rules.Title)}</p><dl class=\"meta\">"
            + Item("Dataset", Html.Text(options.DatasetName))
            + Item("As of", $"{run.Window.AsOf} <span class=\"subtitle\">(baseline {run.Window.Baseline})</span>")
            + Item("Rule set", Html.Text(run.Rules.Id))
            + Item("Rule-set hash", $"<code title=\"{Html.Text(run.Rules.ContentHash)}\">{Html.Text(Shorten(run.Rules.ContentHash))}</code>")
            + Item("Partners", Html.Count(run.Partners.Count))
            + "</dl>";
    }

    private static string Navigation(bool trends) =>
        string.Concat(Prelude.Seq(("summary", "Qualification"), ("totals", "Totals"), ("trends", "Trends"), ("metrics", "Metrics"), ("closest", "Closest"), ("partners", "All partners"), ("inputs", "Input rows"))
            .Filter(s => trends || s.Item1 != "trends")
            .Map(s => $"<a href=\"#{s.Item1}\">{s.Item2}</a>"));

    private static string Warnings(Seq<string> warnings) =>
        warnings.IsEmpty ? "" : $"<div class=\"warnings\" role=\"note\"><strong>Warnings</strong><ul>{string.Concat(warnings.Map(w => $"<li>{Html.Text(w)}</li>"))}</ul></div>\n";

    private static string Footer(RunResult run) =>
        $"functional-scoring {Html.Text(ToolInfo.Version)} · rule set {Html.Text(run.Rules.Id)} <code>{Html.Text(run.Rules.ContentHash)}</code> (R26) · "
        + $"evaluated as of {run.Window.AsOf}, baseline {run.Window.Baseline} (R2). Self-contained: this page loads nothing from the network.";

    private static string Shorten(string hash) => hash.Length > 16 ? hash[..16] : hash;
}
