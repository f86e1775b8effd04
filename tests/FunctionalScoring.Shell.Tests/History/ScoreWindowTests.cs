using System.Globalization;
using System.Text.Json.Nodes;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Tests.CommandLine;
using FunctionalScoring.Shell.Tests.Conformance;
using FunctionalScoring.Shell.Tests.Parquet;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.History;

/// <summary>R32 in <c>score</c>: the window's columns in summary.parquet under a rule set with W &gt; 1, and nothing new under W = 1.</summary>
public sealed class ScoreWindowTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>
    /// qualified_in_window and last_qualified (a DATE, null when none) are those of expected_window.csv and of the
    /// history job's window (HistoryConformanceTests), partner by partner; the console counts them.
    /// </summary>
    [Theory]
    [InlineData("dense")]
    [InlineData("bad")]
    public async Task Score_under_a_six_month_window_writes_each_partners_window_as_the_expected_file_and_the_history_say(string caseName)
    {
        var output = folder.File(caseName);
        var (exit, text, _) = await CliRunner.RunAsync("score", "--data", ConformanceCases.Data(caseName), "--rules", "modern-work-2023-09", "--out", output);
        var summary = await DenseHistory.ReadAsync(output, "summary.parquet", OutputFiles.WindowSummarySchema);
        var history = (await HistoryJob.RunAsync(new HistoryRequest(ConformanceCases.Data(caseName), Rules("modern-work-2023-09"), None, 1))).IfLeft(m => throw new InvalidOperationException(m));

        var written = summary.Rows.Select(r => string.Join(",", r["partner_id"], (bool)r["qualified_in_window"] ? "true" : "false", r["last_qualified"] is DateOnly d ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture) : "")).ToList();
        var expected = Csv.Read(ConformanceCases.Expected(caseName, "modern-work-2023-09", "expected_window.csv")).Select(r => string.Join(",", r["partner_id"], r["qualified_in_window"], r["last_qualified"]));
        var fromHistory = history.Partners.Map(p => history.WindowOf(p) is var w ? string.Join(",", p.Head.PartnerId, w.QualifiedInWindow ? "true" : "false", w.LastQualified.Match(m => m.ToString(), () => "")) : "");

        Assert.True(exit == 0, text);
        ConformanceLines.AssertSame(expected, written);
        Assert.Equal(fromHistory.ToList(), written);
        Assert.Contains(written, line => line.EndsWith(",true,2025-06", StringComparison.Ordinal));
        Assert.Contains(written, line => line.Contains(",true,2025-0", StringComparison.Ordinal) && !line.EndsWith("2025-06", StringComparison.Ordinal));
        Assert.Contains(written, line => line.EndsWith(",false,", StringComparison.Ordinal));
        Assert.Contains($"In the 6-month window (R32) │ {summary.Rows.Count,-8} │ {written.Count(l => l.Contains(",true,", StringComparison.Ordinal)),-9} │", text);
    }

    /// <summary>Under W = 1 the summary keeps exactly its columns (the reader refuses any other schema) and run.json names no window.</summary>
    [Fact]
    public async Task Score_under_a_one_month_window_writes_the_summary_and_run_record_it_always_did()
    {
        var plain = await Score("modern-work-2023");
        var windowed = await Score("modern-work-2023-09");

        var summary = await DenseHistory.ReadAsync(plain, "summary.parquet", OutputFiles.SummarySchema);
        var withWindow = await DenseHistory.ReadAsync(windowed, "summary.parquet", OutputFiles.WindowSummarySchema);
        var record = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(plain, "run.json")))!.AsObject();
        var windowRecord = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(windowed, "run.json")))!.AsObject();

        Assert.Equal(9, summary.Columns.Count);
        Assert.False(record.ContainsKey("months_evaluated") || record.ContainsKey("qualification_window_months"));
        Assert.Equal((6, 6), (windowRecord["qualification_window_months"]!.GetValue<int>(), windowRecord["months_evaluated"]!.AsArray().Count));
        // R32: the month-M result is modern-work-2023's; only the window's columns are added.
        Assert.All(summary.Columns, column => Assert.Equal(column.Cast<object?>(), withWindow.Columns[column.Name].Cast<object?>()));
    }

    private async Task<string> Score(string rules)
    {
        var output = folder.File(rules);
        var (exit, text, _) = await CliRunner.RunAsync("score", "--data", ConformanceCases.Data("dense"), "--rules", rules, "--out", output);
        Assert.True(exit == 0, text);
        return output;
    }

    private static RuleSet Rules(string id) => BuiltInRuleSets.Find(id).IfNone(() => throw new InvalidOperationException(id));
}
