using System.Net;
using System.Text.RegularExpressions;

namespace FunctionalScoring.Shell.Tests.Report;

/// <summary>The report as a string: what it must contain, and what it must never let through.</summary>
public sealed partial class HtmlReportTests
{
    private static readonly string Report = ReportFixture.Html();

    [Fact]
    public void The_histogram_of_reported_totals_is_an_inline_svg_with_the_70_point_line()
    {
        var svg = Svg("histogram-reported");
        Assert.Contains("<g class=\"threshold\" data-points=\"70\">", svg);
        Assert.Contains("class=\"threshold-line\"", svg);
        Assert.Contains(">70 pts</text>", svg);
    }

    [Theory]
    [InlineData("histogram-enterprise")]
    [InlineData("histogram-smb")]
    [InlineData("metric-averages")]
    public void Each_path_histogram_and_the_stacked_averages_draw_the_qualifying_line(string chart) =>
        Assert.Contains("data-points=\"70\"", Svg(chart));

    [Fact]
    public void The_zero_share_chart_has_one_bar_per_metric_and_path() =>
        Assert.Equal(5 * 2, Regex.Matches(Svg("metric-zero-shares"), "<rect ").Count);

    [Fact]
    public void The_partner_table_has_one_row_per_partner_in_run_order()
    {
        var ids = PartnerRow().Matches(Report).Select(m => WebUtility.HtmlDecode(m.Groups["id"].Value)).ToList();
        Assert.Equal([.. ReportFixture.PartnerIds], ids);
    }

    [Fact]
    public void Every_partner_is_scored_including_one_seen_only_in_certifications() =>
        Assert.Equal(["<b>P4</b>", "P&3", "P1", "P2"], ReportFixture.PartnerIds.OrderBy(id => id, StringComparer.Ordinal));

    [Fact]
    public void A_partner_name_with_a_script_tag_is_escaped_not_run()
    {
        Assert.DoesNotContain("<script>alert", Report);
        Assert.Contains("Contoso &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", Report);
        Assert.Single(Regex.Matches(Report, "<script"));
    }

    [Theory]
    [InlineData("<b>P4</b>", "&lt;b&gt;P4&lt;/b&gt;")]
    [InlineData("P&3", "P&amp;3")]
    [InlineData("Fabrikam & Sons", "Fabrikam &amp; Sons")]
    [InlineData("\"Quoted\" 'name'", "&quot;Quoted&quot; &#39;name&#39;")]
    [InlineData("fixture <dataset>", "fixture &lt;dataset&gt;")]
    public void Every_data_string_is_html_encoded(string raw, string encoded)
    {
        Assert.DoesNotContain(raw, Report);
        Assert.Contains(encoded, Report);
    }

    [Fact]
    public void Every_partner_id_appears_encoded_in_its_row_attribute()
    {
        foreach (var id in ReportFixture.PartnerIds)
        {
            Assert.Contains($"<tr class=\"partner-row\" data-partner=\"{WebUtility.HtmlEncode(id)}\">", Report);
        }
    }

    [Theory]
    [InlineData("http://")]
    [InlineData("https://")]
    [InlineData("src=")]
    [InlineData("<link")]
    [InlineData("url(")]
    [InlineData("@import")]
    public void The_report_references_no_external_resource(string reference) =>
        Assert.DoesNotContain(reference, Report, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void A_content_security_policy_forbids_every_network_fetch() =>
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", Report);

    [Fact]
    public void The_header_names_rule_set_hash_as_of_month_and_dataset()
    {
        var run = ReportFixture.Run();
        var header = Report[..Report.IndexOf("</header>", StringComparison.Ordinal)];
        Assert.Contains("<dd>modern-work-2022</dd>", header);
        Assert.Contains(run.Rules.ContentHash[..16], header);
        Assert.Contains("<dd>2025-06 <span class=\"subtitle\">(baseline 2024-06)</span></dd>", header);
        Assert.Contains("<dd>fixture &lt;dataset&gt;</dd>", header);
    }

    [Fact]
    public void Every_partner_closest_to_qualifying_gets_a_cheapest_plan_cell()
    {
        var closest = Report[Report.IndexOf("id=\"closest-table\"", StringComparison.Ordinal)..];
        closest = closest[..closest.IndexOf("</table>", StringComparison.Ordinal)];
        var rows = Regex.Matches(closest, "<tr data-partner=").Count;
        Assert.True(rows > 0, "the fixture has partners that do not qualify");
        Assert.Equal(rows, Regex.Matches(closest, "<td class=\"plan-cell\">").Count);
        Assert.Contains("Cheapest plan", closest);
    }

    [Fact]
    public void Every_element_id_is_unique_so_the_script_finds_the_table_not_its_section()
    {
        var ids = ElementId().Matches(Report).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(ids.Distinct().ToList(), ids);
        Assert.Contains("partner-table", ids);
    }

    [Fact]
    public void The_same_run_renders_the_same_bytes() =>
        Assert.Equal(ReportFixture.Html(), ReportFixture.Html());

    [Fact]
    public void The_page_starts_unrendered_so_a_browser_check_sees_the_script_run() =>
        Assert.Contains("<body data-rendered=\"false\">", Report);

    private static string Svg(string id)
    {
        var start = Report.IndexOf($"<svg class=\"chart\" id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no chart {id}");
        return Report[start..(Report.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)];
    }

    [GeneratedRegex(" id=\"(?<id>[^\"]*)\"")]
    private static partial Regex ElementId();

    [GeneratedRegex("<tr class=\"partner-row\" data-partner=\"(?<id>[^\"]*)\">")]
    private static partial Regex PartnerRow();
}
