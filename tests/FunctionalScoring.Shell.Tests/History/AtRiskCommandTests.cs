using System.Globalization;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Tests.CommandLine;
using FunctionalScoring.Shell.Tests.Conformance;
using FunctionalScoring.Shell.Tests.Parquet;

namespace FunctionalScoring.Shell.Tests.History;

/// <summary>
/// At risk (R32): the partners whose last qualified month is the oldest of the six-month window, read off the
/// conformance suite's expected history (modern-work-2023, whose month results modern-work-2023-09 shares),
/// and the planner's additions that qualify them now.
/// </summary>
public sealed class AtRiskCommandTests
{
    [Theory]
    [InlineData("2025-01", 1)]
    [InlineData("2025-03", 0)]
    [InlineData("2025-04", 1)]
    [InlineData("2025-06", 1)]
    public async Task At_risk_are_the_partners_whose_last_qualified_month_opens_the_window_each_with_a_plan_that_qualifies_now(string asOf, int count)
    {
        var month = DateOnly.ParseExact(asOf + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var opening = month.AddMonths(-5);
        var expected = Csv.Read(ConformanceCases.Expected("bad", "modern-work-2023", "expected_history.csv"))
            .GroupBy(r => r["partner_id"])
            .Where(g => Qualified(g, opening) && Enumerable.Range(1, 5).All(i => !Qualified(g, opening.AddMonths(i))))
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");

        var (exit, text, _) = await CliRunner.RunAsync("history", "--data", ConformanceCases.Data("bad"), "--rules", "modern-work-2023-09", "--as-of", asOf, "--months", "1", "--out", output);
        var rows = await DenseHistory.ReadAsync(output, "at_risk.parquet", HistoryOutputs.AtRiskSchema);

        Assert.True(exit == 0, text);
        Assert.Equal(count, expected.Count);
        Assert.Equal(expected, rows.Rows.Select(r => (string)r["partner_id"]).Distinct());
        Assert.Equal(expected.Count * 2 * 5, rows.Rows.Count);
        Assert.All(rows.Rows, r => Assert.Equal(opening, (DateOnly)r["last_qualified"]));
        Assert.Contains(count == 1 ? "At risk: 1 partner holds" : $"At risk: {count} partners hold", text);
        Assert.Contains($"they lose it in {month.AddMonths(1):yyyy-MM} unless they qualify again", text);
        foreach (var path in rows.Rows.Where(r => r["units"] is not null).GroupBy(r => ((string)r["partner_id"], (string)r["path"])))
        {
            // R21 after the plan: every metric at least 1 point, 70 in all.
            Assert.True(path.Sum(r => (decimal)r["points_after"]) >= 70 && path.All(r => (decimal)r["points_after"] >= 1), $"{path.Key} does not qualify after its plan");
        }

        Assert.Equal(count > 0, rows.Rows.Any(r => r["units"] is not null));
    }

    private static bool Qualified(IEnumerable<IReadOnlyDictionary<string, string>> rows, DateOnly month) =>
        rows.Any(r => r["as_of"] == month.ToString("yyyy-MM", CultureInfo.InvariantCulture) && r["qualified"] == "true");
}
