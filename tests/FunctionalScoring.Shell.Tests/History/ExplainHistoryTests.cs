using System.Globalization;
using FunctionalScoring.Shell.Tests.CommandLine;
using FunctionalScoring.Shell.Tests.Conformance;

namespace FunctionalScoring.Shell.Tests.History;

/// <summary><c>explain --history</c>: one partner's trajectory from its slice, month by month as separate runs give it (expected_history.csv).</summary>
public sealed class ExplainHistoryTests
{
    [Theory]
    [InlineData("dense", "P00013")]
    [InlineData("bad", "P00031")]
    [InlineData("bad", "P00041")]
    public async Task The_trajectory_shows_each_months_totals_and_marks_every_gain_and_loss(string caseName, string partner)
    {
        var expected = Csv.Read(ConformanceCases.Expected(caseName, "modern-work-2023", "expected_history.csv")).Where(r => r["partner_id"] == partner).ToList();
        var moves = Enumerable.Zip(expected, expected.Skip(1), (before, after) => (Before: before, After: after)).Where(p => p.Before["qualified"] != p.After["qualified"])
            .Select(p => $"{(p.After["qualified"] == "true" ? "gained" : "lost")} in {p.After["as_of"]}").ToList();

        var (exit, output, _) = await CliRunner.RunAsync("explain", "--data", ConformanceCases.Data(caseName), "--partner", partner, "--history", "--rules", "modern-work-2023");

        Assert.True(exit == 0, output);
        Assert.Contains($"{partner} Partner {partner[1..].TrimStart('0')} — 12 months as of 2024-07 … 2025-06, rule set modern-work-2023", output);
        Assert.All(expected, r =>
        {
            Assert.Matches($"│ {r["as_of"]} │ {r["reported_path"]} +│ {Reported(r)} │ {(r["qualified"] == "true" ? "yes" : "no ")}", output);
            Assert.Matches($"│ {r["as_of"]} +│ {r["enterprise_total"]} │[^\n]*│ {(r["enterprise_qualified"] == "true" ? "yes" : "no ")} ", output);
            Assert.Matches($"│ {r["as_of"]} +│ {r["smb_total"]} │[^\n]*│ {(r["smb_qualified"] == "true" ? "yes" : "no ")} ", output);
        });
        Assert.True(moves.Count >= 2);
        Assert.Contains($"The designation (R22): {string.Join(", ", moves)}.", output);
        // The designation table ends its rows with the move; the path tables go on with the metrics.
        Assert.Equal(moves.Count(m => m.StartsWith("gained", StringComparison.Ordinal)), Count(output, "│ ▲ gained │\n"));
    }

    /// <summary>R32 beside the trajectory: the window's last qualified month as expected_window.csv gives it.</summary>
    [Fact]
    public async Task Under_a_window_the_trajectory_ends_with_whether_the_partner_holds_the_designation_through_it()
    {
        var window = Csv.Read(ConformanceCases.Expected("bad", "modern-work-2023-09", "expected_window.csv")).Single(r => r["partner_id"] == "P00024");
        var last = DateOnly.ParseExact(window["last_qualified"] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var (exit, output, _) = await CliRunner.RunAsync("explain", "--data", ConformanceCases.Data("bad"), "--partner", "P00024", "--history", "--months", "3", "--rules", "modern-work-2023-09");

        Assert.True(exit == 0, output);
        Assert.Contains("3 months as of 2025-04 … 2025-06", output);
        Assert.Contains($"P00024 already holds the designation through the 6-month window 2025-01 … 2025-06 (R32): it last qualified in {window["last_qualified"]}, which keeps it through {last.AddMonths(5):yyyy-MM}.", output);
    }

    [Theory]
    [InlineData(2, "--months", "3")]
    [InlineData(2, "--history", "--tenant", "T1")]
    [InlineData(2, "--history", "--months", "0")]
    [InlineData(1, "--history", "--partner", "NOBODY")]
    public async Task Explain_history_refuses_what_it_cannot_show(int code, params string[] options)
    {
        var args = new[] { "explain", "--data", ConformanceCases.Data("dense") }.Concat(options.Contains("--partner") ? options : ["--partner", "P00013", .. options]).ToArray();

        var (exit, _, errors) = await CliRunner.RunAsync(args);

        Assert.Equal(code, exit);
        Assert.StartsWith("error:", errors);
    }

    private static string Reported(IReadOnlyDictionary<string, string> row) => row["reported_path"] == "SMB" ? row["smb_total"] : row["enterprise_total"];

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
