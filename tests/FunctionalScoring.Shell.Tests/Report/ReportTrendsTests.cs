using System.Text.RegularExpressions;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Report;
using FunctionalScoring.Shell.Tests.CommandLine;
using FunctionalScoring.Shell.Tests.Conformance;
using FunctionalScoring.Shell.Tests.Parquet;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Report;

/// <summary>The report's trends section (R30, R32): qualified partners per month, a sparkline per partner, and the at-risk list.</summary>
public sealed partial class ReportTrendsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>The chart's counts are those of expected_history.csv month by month; every partner row carries a sparkline of its twelve totals.</summary>
    [Fact]
    public async Task The_trends_chart_counts_each_months_qualified_partners_and_every_partner_gets_a_sparkline()
    {
        var html = await Report("dense", "modern-work-2023");
        var expected = Csv.Read(ConformanceCases.Expected("dense", "modern-work-2023", "expected_history.csv")).GroupBy(r => r["as_of"]).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var chart = Chart(html, "trend-qualified");

        Assert.Contains($"Any path (R22) {string.Join(", ", expected.Select(g => g.Count(r => r["qualified"] == "true")))};", chart);
        Assert.Contains($"Enterprise {string.Join(", ", expected.Select(g => g.Count(r => r["enterprise_qualified"] == "true")))};", chart);
        Assert.Contains($"SMB {string.Join(", ", expected.Select(g => g.Count(r => r["smb_qualified"] == "true")))}.", chart);
        Assert.Equal(3 * 12, Regex.Matches(chart, "<circle class=\"point\"").Count);
        Assert.DoesNotContain("In the 6-month window", chart);
        Assert.Equal(260, Regex.Matches(html, "<tr class=\"partner-row\"").Count);
        Assert.Equal(260, Regex.Matches(html, "<td class=\"num spark-cell\" data-value=\"[-0-9.]+\"><svg class=\"spark\"").Count);
        Assert.Contains("<a href=\"#trends\">Trends</a>", html);
        Assert.Contains("This rule set has no qualification window", html);
        var ids = ElementId().Matches(html).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(ids.Distinct().ToList(), ids);
    }

    /// <summary>Under modern-work-2023-09: a window line in the chart, a card of partners in the window, and the at-risk partners of expected_history.csv with their plans.</summary>
    [Fact]
    public async Task Under_a_window_the_report_lists_the_partners_at_risk_with_their_cheapest_plans()
    {
        var html = await Report("bad", "modern-work-2023-09");
        var history = Csv.Read(ConformanceCases.Expected("bad", "modern-work-2023", "expected_history.csv")).GroupBy(r => r["partner_id"]);
        var atRisk = history.Where(g => g.Single(r => r["as_of"] == "2025-01")["qualified"] == "true" && g.Where(r => string.CompareOrdinal(r["as_of"], "2025-01") > 0).All(r => r["qualified"] == "false")).Select(g => g.Key).ToList();
        var inWindow = Csv.Read(ConformanceCases.Expected("bad", "modern-work-2023-09", "expected_window.csv")).Count(r => r["qualified_in_window"] == "true");

        Assert.NotEmpty(atRisk);
        Assert.Equal(atRisk, AtRiskRow().Matches(html).Select(m => m.Groups["id"].Value));
        var table = html[html.IndexOf("id=\"at-risk-table\"", StringComparison.Ordinal)..];
        Assert.Equal(atRisk.Count, Regex.Matches(table[..table.IndexOf("</table>", StringComparison.Ordinal)], "<td class=\"plan-cell\"><ul class=\"plan-steps\">").Count);
        Assert.Contains($"<div class=\"card-label\">In the 6-month window</div><div class=\"card-value\">{inWindow}</div>", html);
        Assert.Contains("In the 6-month window (R32)", Chart(html, "trend-qualified"));
    }

    [Fact]
    public async Task One_month_leaves_the_trends_out()
    {
        var html = await Report("dense", "modern-work-2023", "--months", "1");

        Assert.DoesNotContain("id=\"trend-qualified\"", html);
        Assert.DoesNotContain("class=\"spark\"", html);
        Assert.DoesNotContain("#trends", html);
    }

    [Fact]
    public void A_sparkline_draws_every_month_against_the_qualifying_line_and_says_where_it_starts_and_ends()
    {
        var svg = Sparkline.Render(Seq(10m, 65.5m, 72m), Month.Of(2025, 4), Month.Of(2025, 6), 100m, 70m);

        Assert.Contains("aria-label=\"Reported total 2025-04: 10.00, 2025-06: 72.00\"", svg);
        Assert.Equal(3, Regex.Match(svg, "<polyline class=\"spark-series\"[^>]* points=\"(?<p>[^\"]*)\"").Groups["p"].Value.Split(' ').Length);
        Assert.Contains("class=\"spark-line\"", svg);
    }

    [Fact]
    public void A_months_window_count_is_drawn_only_where_the_history_holds_that_months_window()
    {
        var months = toSeq(Enumerable.Range(0, 4).Select(i => new MonthCounts(Month.Of(2025, 3 + i), 5, i, Seq1((PathName.SMB, i)), i < 2 ? None : Some(i + 1))));

        var chart = TrendChart.Render("t", "T", months, 3);

        Assert.Equal(4 + 4 + 2, Regex.Matches(chart, "<circle class=\"point\"").Count);
        Assert.Contains("In the 3-month window (R32) –, –, 3, 4.", chart);
    }

    private async Task<string> Report(string caseName, string rules, params string[] more)
    {
        var target = folder.File($"{caseName}-{rules}.html");
        var (exit, output, _) = await CliRunner.RunAsync(["report", "--data", ConformanceCases.Data(caseName), "--rules", rules, "--out", target, .. more]);
        Assert.True(exit == 0, output);
        return await File.ReadAllTextAsync(target);
    }

    private static string Chart(string html, string id)
    {
        var start = html.IndexOf($"<svg class=\"chart\" id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no chart {id}");
        return html[start..(html.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)];
    }

    [GeneratedRegex(" id=\"(?<id>[^\"]*)\"")]
    private static partial Regex ElementId();

    [GeneratedRegex("<tr class=\"at-risk-row\" data-partner=\"(?<id>[^\"]*)\">")]
    private static partial Regex AtRiskRow();
}
