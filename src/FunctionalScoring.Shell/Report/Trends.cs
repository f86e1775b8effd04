namespace FunctionalScoring.Shell.Report;

/// <summary>The trends section: qualified partners per month on both paths (and through the window, R32), then who is at risk.</summary>
public static class Trends
{
    public static string Lead(ReportTrends trends) =>
        $"Each month from {trends.Months.Head.AsOf} to {trends.AsOf} scored as a run as of that month (R30, its own baseline 12 months earlier), all from one read of the usage table."
        + (trends.WindowMonths > 1 ? $" Under this rule set a partner holds the designation when it qualified in any month of the last {trends.WindowMonths} (R32)." : "");

    public static string Render(ReportTrends trends) =>
        HtmlPage.Figure("Qualified partners per month", TrendChart.Render("trend-qualified", "Qualified partners per month", trends.Months, trends.WindowMonths), TrendChart.Legend(trends.Months, trends.WindowMonths))
        + "<h3>At risk of losing the designation</h3>\n"
        + AtRiskList.Render(trends);
}
