using System.Text.Json.Nodes;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Generation;

namespace FunctionalScoring.Shell.Tests.CommandLine;

/// <summary>
/// README's exit codes, per command: 0 ok, 1 input error, 2 usage error. Results go to stdout and nothing to
/// stderr on success; on failure the message goes to stderr and nothing to stdout, so a script can trust both.
/// (<c>rules list</c> and <c>generate</c> read no input, so they have no input error.)
/// </summary>
public sealed class ExitCodeTests(ExitCodeTests.Files files) : IClassFixture<ExitCodeTests.Files>
{
    /// <summary>A small dataset, its two shard outputs, a scenario and a rule-set file whose bands overlap.</summary>
    public sealed class Files : IDisposable
    {
        public Files()
        {
            File.WriteAllText(Path.Combine(Dataset.Root, "scenario.json"), """{ "description": "nothing" }""");
            var rules = JsonNode.Parse(BuiltInRuleSets.Document(BuiltInRuleSets.DefaultId).IfNone(""))!;
            rules["paths"]![1]!["band"]!["upTo"] = 400;
            File.WriteAllText(Path.Combine(Dataset.Root, "overlapping.json"), rules.ToJsonString());
            foreach (var k in new[] { 1, 2 })
            {
                var shard = CliRunner.RunAsync("score", "--data", Dataset.Data, "--shard", $"{k}/2", "--out", Path.Combine(Dataset.Root, $"shard-{k}")).GetAwaiter().GetResult();
                Assert.True(shard.ExitCode == 0, shard.Errors);
            }
        }

        public SmallDataset Dataset { get; } = new();

        public void Dispose() => Dataset.Dispose();
    }

    [Theory]
    [InlineData(0, "Wrote ", "score", "--data", "{data}", "--out", "{out}")]
    [InlineData(1, "data folder {root}/missing does not exist", "score", "--data", "{root}/missing", "--out", "{out}")]
    [InlineData(2, "--as-of '2025-13' is not a month: expected YYYY-MM", "score", "--data", "{data}", "--as-of", "2025-13")]
    [InlineData(2, "Option '--data' is required.", "score", "--out", "{out}")]
    [InlineData(0, "Wrote ", "history", "--data", "{data}", "--months", "1", "--out", "{root}/history")]
    [InlineData(1, "data folder {root}/missing does not exist", "history", "--data", "{root}/missing")]
    [InlineData(2, "--months must be between 1 and 120", "history", "--data", "{data}", "--months", "0")]
    [InlineData(0, "Every row of every month checked", "validate", "--data", "{data}")]
    [InlineData(1, "paths[1].band 10 < PAU ≤ 400 overlaps paths[0].band (PAU > 300)", "validate", "--data", "{data}", "--rules", "{root}/overlapping.json")]
    [InlineData(2, "many", "validate", "--data", "{data}", "--examples", "many")]
    [InlineData(0, "P1 Partner One", "explain", "--data", "{data}", "--partner", "P1")]
    [InlineData(1, "partner 'NOBODY' appears in no table", "explain", "--data", "{data}", "--partner", "NOBODY")]
    [InlineData(2, "give --tenant or --person, not both", "explain", "--data", "{data}", "--partner", "P1", "--tenant", "T1", "--person", "E1")]
    [InlineData(2, "--history shows the partner's months: give it without --tenant or --person", "explain", "--data", "{data}", "--partner", "P1", "--history", "--tenant", "T1")]
    [InlineData(0, "What if: nothing", "simulate", "--data", "{data}", "--partner", "P1", "--scenario", "{root}/scenario.json")]
    [InlineData(1, "scenario file {root}/none.json does not exist", "simulate", "--data", "{data}", "--partner", "P1", "--scenario", "{root}/none.json")]
    [InlineData(2, "Option '--scenario' is required.", "simulate", "--data", "{data}", "--partner", "P1")]
    [InlineData(0, "Planned ", "plan", "--data", "{data}")]
    [InlineData(1, "costs file {root}/none.json does not exist", "plan", "--data", "{data}", "--costs", "{root}/none.json")]
    [InlineData(2, "every cost must be a number ≥ 0 with at most two decimals", "plan", "--data", "{data}", "--cost-user", "0.001")]
    [InlineData(0, "modern-work-2023", "rules", "list")]
    [InlineData(2, "Unrecognized command or argument 'extra'", "rules", "list", "extra")]
    [InlineData(0, "modern-work-2023", "rules", "show", "modern-work-2023")]
    [InlineData(1, "unknown rule set 'nope'", "rules", "show", "nope")]
    [InlineData(2, "Required argument missing for command: 'show'.", "rules", "show")]
    [InlineData(0, "Rules that differ", "rules", "diff", "modern-work-2022", "modern-work-2023")]
    [InlineData(1, "rule set file {root}/overlapping.json is invalid", "rules", "diff", "modern-work-2022", "{root}/overlapping.json")]
    [InlineData(2, "--partner needs --data", "rules", "diff", "modern-work-2022", "modern-work-2023", "--partner", "P1")]
    [InlineData(0, "Wrote ", "report", "--data", "{data}", "--out", "{root}/report.html")]
    [InlineData(1, "data folder {root}/missing does not exist", "report", "--data", "{root}/missing", "--out", "{root}/report.html")]
    [InlineData(2, "Option '--out' is required.", "report", "--data", "{data}")]
    [InlineData(0, "Wrote ", "generate", "--out", "{root}/generated", "--partners", "2", "--months", "13")]
    [InlineData(2, "partners must be between 1 and 1,000,000", "generate", "--out", "{root}/generated", "--partners", "0")]
    [InlineData(0, "Merged 2 shards", "merge", "--out", "{root}/merged", "{root}/shard-1", "{root}/shard-2")]
    [InlineData(1, "missing 2/2", "merge", "--out", "{root}/merged", "{root}/shard-1")]
    [InlineData(2, "Required argument missing for command: 'merge'.", "merge", "--out", "{root}/merged")]
    [InlineData(0, "Usage:", "--help")]
    [InlineData(2, "Unrecognized command or argument 'sore'", "sore", "--data", "{data}")]
    public async Task Each_command_exits_with_the_documented_code_and_writes_on_the_right_channel(int code, string fragment, params string[] args)
    {
        var (exit, output, errors) = await CliRunner.RunAsync([.. args.Select(Fill)]);

        Assert.Equal(code, exit);
        if (code == 0)
        {
            Assert.Equal("", errors);
            Assert.Contains(Fill(fragment), output);
        }
        else
        {
            Assert.Equal("", output);
            Assert.Contains(Fill(fragment), errors);
            Assert.DoesNotContain("   at ", errors);
        }
    }

    /// <summary>Redirected or captured, a message is never broken: a grep for it (or for a word in it) finds it whole.</summary>
    [Fact]
    public async Task A_long_message_stays_on_one_line_when_the_output_is_not_a_terminal()
    {
        var deep = Path.Combine(files.Dataset.Root, string.Join("/", Enumerable.Repeat("a-rather-long-folder-name", 12)));

        var (_, _, errors) = await CliRunner.RunAsync("score", "--data", deep, "--out", files.Dataset.Out);

        Assert.Equal($"error: data folder {deep} does not exist", errors.TrimEnd('\n').Split('\n')[0]);
    }

    /// <summary>A warning is not a result: R2's missing baseline goes to stderr, the summary to stdout, exit 0.</summary>
    [Theory]
    [InlineData("score", "--out", "{root}/no-baseline-out")]
    [InlineData("plan")]
    public async Task A_warning_goes_to_stderr_and_the_results_to_stdout(params string[] args)
    {
        using var dataset = new SmallDataset();
        ParquetFixture.Write(
            dataset.File("usage"),
            ParquetFixture.Column("tenant_id", FixtureType.Utf8, "T1"), ParquetFixture.Column("workload", FixtureType.Utf8, "Teams"),
            ParquetFixture.Column("month", FixtureType.Date, SmallDataset.M),
            ParquetFixture.Column("paid_available_units", FixtureType.Int64, 500L), ParquetFixture.Column("monthly_active_users", FixtureType.Int64, 400L));

        var (exit, output, errors) = await CliRunner.RunAsync([args[0], "--data", dataset.Data, .. args[1..].Select(a => a.Replace("{root}", dataset.Root, StringComparison.Ordinal))]);

        Assert.Equal(0, exit);
        Assert.StartsWith("warning: ", errors);
        Assert.Contains("2024-06", errors);
        Assert.DoesNotContain("warning", output);
        Assert.Contains("as of 2025-06", output);
    }

    private string Fill(string text) =>
        text.Replace("{data}", files.Dataset.Data, StringComparison.Ordinal)
            .Replace("{out}", files.Dataset.Out, StringComparison.Ordinal)
            .Replace("{root}", files.Dataset.Root, StringComparison.Ordinal);
}
