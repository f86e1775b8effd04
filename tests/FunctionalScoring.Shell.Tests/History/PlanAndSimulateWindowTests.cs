using FunctionalScoring.Shell.Tests.CommandLine;
using FunctionalScoring.Shell.Tests.Conformance;
using FunctionalScoring.Shell.Tests.Parquet;

namespace FunctionalScoring.Shell.Tests.History;

/// <summary><c>plan</c> and <c>simulate</c> under a window (R32): whether a partner that does not qualify now already holds the designation through it.</summary>
public sealed class PlanAndSimulateWindowTests
{
    private static readonly string Bad = ConformanceCases.Data("bad");

    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> Window = Csv.Read(ConformanceCases.Expected("bad", "modern-work-2023-09", "expected_window.csv"));

    private static readonly IReadOnlyDictionary<string, bool> Qualified =
        Csv.Read(ConformanceCases.Expected("bad", "modern-work-2023", "expected_summary.csv")).ToDictionary(r => r["partner_id"], r => r["qualified"] == "true");

    [Fact]
    public async Task Plan_counts_the_unqualified_partners_that_hold_the_designation_through_the_window()
    {
        var held = Window.Count(r => r["qualified_in_window"] == "true" && !Qualified[r["partner_id"]]);
        var atRisk = Window.Count(r => r["last_qualified"] == "2025-01");

        var (exit, output, _) = await CliRunner.RunAsync("plan", "--data", Bad, "--rules", "modern-work-2023-09", "--top", "300");

        Assert.Equal(0, exit);
        Assert.True(held > 0 && atRisk > 0);
        Assert.Contains($"Of those that do not qualify in 2025-06, {held} already hold the designation through the 6-month window (R32); {atRisk} of them lose it next month unless they qualify again.", output);
        Assert.Contains("holds it through the window (R32)", output);
        Assert.All(Window.Where(r => r["qualified_in_window"] == "true" && !Qualified[r["partner_id"]]), r => Assert.Matches($"│ {r["partner_id"]} .*│ until 2025-", output));
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("simulate")]
    public async Task One_partner_is_told_whether_it_already_holds_the_designation_through_the_window(string command)
    {
        using var folder = new TempFolder();
        var scenario = folder.File("nothing.json");
        await File.WriteAllTextAsync(scenario, """{ "description": "no change" }""");
        var partner = Window.First(r => r["qualified_in_window"] == "true" && !Qualified[r["partner_id"]] && r["last_qualified"] != "2025-01");
        var outside = Window.First(r => r["qualified_in_window"] == "false");
        string[] Args(string id) => command == "plan"
            ? ["plan", "--data", Bad, "--rules", "modern-work-2023-09", "--partner", id]
            : ["simulate", "--data", Bad, "--rules", "modern-work-2023-09", "--partner", id, "--scenario", scenario];

        var (exit, output, _) = await CliRunner.RunAsync(Args(partner["partner_id"]));
        var (outsideExit, outsideOutput, _) = await CliRunner.RunAsync(Args(outside["partner_id"]));

        Assert.Equal((0, 0), (exit, outsideExit));
        Assert.Contains($"{partner["partner_id"]} already holds the designation through the 6-month window 2025-01 … 2025-06 (R32): it last qualified in {partner["last_qualified"]}", output);
        Assert.Contains($"{outside["partner_id"]} does not hold the designation in the 6-month window 2025-01 … 2025-06 (R32)", outsideOutput);
    }

    [Fact]
    public async Task Under_a_one_month_window_plan_says_nothing_of_a_window()
    {
        var (exit, output, _) = await CliRunner.RunAsync("plan", "--data", Bad, "--rules", "modern-work-2023", "--partner", "P00024");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("R32", output);
    }
}
