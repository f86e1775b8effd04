using FunctionalScoring.Shell.Tests.CommandLine;
using FunctionalScoring.Shell.Tests.Conformance;

namespace FunctionalScoring.Shell.Tests.History;

/// <summary><c>rules show</c> and <c>rules diff</c> with R32's window: under a set with W &gt; 1, "qualified" means qualified in the window.</summary>
public sealed class RulesWindowTests
{
    [Theory]
    [InlineData("modern-work-2023-09", 6)]
    [InlineData("modern-work-2023", 1)]
    public async Task Rules_show_prints_the_qualification_window(string id, int months)
    {
        var (exit, output, _) = await CliRunner.RunAsync("rules", "show", id);

        Assert.Equal(0, exit);
        Assert.Contains($"qualificationWindowMonths={months}", output);
    }

    /// <summary>
    /// modern-work-2023 → -2023-09 differs in the window alone; it flips exactly the partners that do not qualify as of
    /// 2025-06 (expected_summary.csv) but qualified in one of the five months before (expected_window.csv): all gain,
    /// none loses, no point moves. The other way round, the same partners lose.
    /// </summary>
    [Theory]
    [InlineData("bad", false)]
    [InlineData("dense", false)]
    [InlineData("bad", true)]
    public async Task Rules_diff_flips_exactly_the_partners_held_only_through_the_window(string caseName, bool reversed)
    {
        var qualified = Csv.Read(ConformanceCases.Expected(caseName, "modern-work-2023", "expected_summary.csv")).ToDictionary(r => r["partner_id"], r => r["qualified"] == "true");
        var window = Csv.Read(ConformanceCases.Expected(caseName, "modern-work-2023-09", "expected_window.csv"));
        var held = window.Where(r => r["qualified_in_window"] == "true" && !qualified[r["partner_id"]]).Select(r => r["partner_id"]).ToList();
        var (a, b) = reversed ? ("modern-work-2023-09", "modern-work-2023") : ("modern-work-2023", "modern-work-2023-09");

        var (exit, output, _) = await CliRunner.RunAsync("rules", "diff", a, b, "--data", ConformanceCases.Data(caseName));

        Assert.Equal(0, exit);
        Assert.Contains("Rules that differ (1)", output);
        Assert.Contains("parameters.qualificationWindowMonths", output);
        Assert.NotEmpty(held);
        Assert.Contains(reversed
            ? $"{window.Count} partners: 0 gain qualification, {held.Count} lose it, 0 have metric points that move."
            : $"{window.Count} partners: {held.Count} gain qualification, 0 lose it, 0 have metric points that move.", output);
        Assert.Contains($"Partners whose qualification flips ({held.Count})", output);
        Assert.All(held, id => Assert.Matches($"│ {id} .*│ {(reversed ? "loses" : "gains")}", output));
    }

    [Fact]
    public async Task Rules_diff_of_one_partner_says_the_designation_flips_through_the_window()
    {
        var window = Csv.Read(ConformanceCases.Expected("bad", "modern-work-2023-09", "expected_window.csv"));
        var qualified = Csv.Read(ConformanceCases.Expected("bad", "modern-work-2023", "expected_summary.csv")).ToDictionary(r => r["partner_id"], r => r["qualified"] == "true");
        var partner = window.First(r => r["qualified_in_window"] == "true" && !qualified[r["partner_id"]]);

        var (exit, output, _) = await CliRunner.RunAsync("rules", "diff", "modern-work-2023", "modern-work-2023-09", "--data", ConformanceCases.Data("bad"), "--partner", partner["partner_id"]);

        Assert.Equal(0, exit);
        Assert.Contains($"The designation (R32: qualified in the window) flips: does not qualify → holds it through the window (last qualified {partner["last_qualified"]}).", output);
    }
}
