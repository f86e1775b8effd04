using FunctionalScoring.Shell.Tests.CommandLine;
using FunctionalScoring.Shell.Tests.Conformance;
using FunctionalScoring.Shell.Tests.Parquet;

namespace FunctionalScoring.Shell.Tests.Report;

/// <summary><c>report</c> end to end, in process: read the dense conformance case, score it, write one HTML file.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_dense_case_becomes_one_self_contained_page_with_a_row_per_partner()
    {
        var target = Path.Combine(folder.Path, "report.html");

        var (exit, output, errors) = await CliRunner.RunAsync("report", "--data", ConformanceCases.Data("dense"), "--out", target, "--top", "5");

        Assert.True(exit == 0, errors);
        var html = await File.ReadAllTextAsync(target);
        var expectedPartners = File.ReadLines(ConformanceCases.Expected("dense", "modern-work-2022", "expected_summary.csv")).Count() - 1;
        Assert.Equal(expectedPartners, html.Split("<tr class=\"partner-row\"").Length - 1);
        Assert.Contains("<dd>dense/data</dd>", html);
        Assert.Contains("<dd>2025-06 <span class=\"subtitle\">(baseline 2024-06)</span></dd>", html);
        Assert.Contains("The 5 partners closest to qualifying", html);
        Assert.Contains($"Wrote {target}", output);
    }

    [Fact]
    public async Task A_costs_file_prices_the_cheapest_plans()
    {
        var target = Path.Combine(folder.Path, "report.html");
        var costs = folder.File("costs.json");
        await File.WriteAllTextAsync(costs, "{\"tenant\": 5, \"user\": 0.01}");

        var (exit, _, errors) = await CliRunner.RunAsync("report", "--data", ConformanceCases.Data("dense"), "--out", target, "--costs", costs);

        Assert.True(exit == 0, errors);
        Assert.Contains("(unit costs: tenant 5, person 1, user 0.01, deployment 1)", await File.ReadAllTextAsync(target));
    }

    [Fact]
    public async Task A_missing_costs_file_is_an_input_error_and_writes_nothing()
    {
        var target = Path.Combine(folder.Path, "report.html");

        var (exit, output, errors) = await CliRunner.RunAsync("report", "--data", ConformanceCases.Data("dense"), "--out", target, "--costs", Path.Combine(folder.Path, "none.json"));

        Assert.Equal((1, ""), (exit, output));
        Assert.Contains("costs file", errors);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Without_out_it_is_a_usage_error()
    {
        var (exit, _, _) = await CliRunner.RunAsync("report", "--data", ConformanceCases.Data("dense"));
        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task A_missing_dataset_is_an_input_error_and_writes_nothing()
    {
        var target = Path.Combine(folder.Path, "report.html");

        var (exit, _, errors) = await CliRunner.RunAsync("report", "--data", Path.Combine(folder.Path, "nowhere"), "--out", target);

        Assert.True(exit == 1, errors);
        Assert.False(File.Exists(target));
    }
}
