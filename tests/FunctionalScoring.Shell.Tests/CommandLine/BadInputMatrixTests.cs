using System.Text.Json.Nodes;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Parquet;
using FunctionalScoring.Shell.Tests.Parquet;
using static FunctionalScoring.Generation.ParquetFixture;

namespace FunctionalScoring.Shell.Tests.CommandLine;

/// <summary>
/// Issue 10's bad-input matrix: every way a dataset, a rule set or an output path can be wrong, through
/// <c>score</c> as a user runs it. Each case: its exit code, a fragment of the one message naming the cause, on
/// stderr (stdout empty), never a stack trace, and nothing left in --out or beside it.
/// </summary>
public sealed class BadInputMatrixTests : IDisposable
{
    private readonly SmallDataset dataset = new();

    public void Dispose() => dataset.Dispose();

    [Theory]
    [InlineData("missing data folder", 1, "data folder {root}/missing does not exist")]
    [InlineData("data names a file", 1, "data folder {data}/usage.parquet is a file, not a folder")]
    [InlineData("table file that is a folder", 1, "usage.parquet is a folder, not a Parquet file")]
    [InlineData("missing table", 1, "table 'certifications' not found: expected certifications.parquet or certifications/")]
    [InlineData("table folder without part files", 1, "usage/: folder has no part files (*.parquet)")]
    [InlineData("zero-byte file", 1, "usage.parquet: file is empty (0 bytes)")]
    [InlineData("text file named .parquet", 1, "usage.parquet: not a readable Parquet file (truncated or corrupt)")]
    [InlineData("truncated footer", 1, "usage.parquet: not a readable Parquet file (truncated or corrupt)")]
    [InlineData("truncated in the middle", 1, "usage.parquet: not a readable Parquet file (truncated or corrupt)")]
    [InlineData("flipped page bytes", 1, "usage.parquet: not a readable Parquet file (truncated or corrupt): row group 0:")]
    [InlineData("missing column", 1, "usage.parquet: column 'monthly_active_users' is missing; expected INT32 or INT64")]
    [InlineData("wrong column type", 1, "usage.parquet: column 'month' has type BYTE_ARRAY (String); expected DATE or TIMESTAMP")]
    [InlineData("repeated column", 1, "usage.parquet: column 'tenant_id' has type repeated BYTE_ARRAY (String); expected BYTE_ARRAY (String)")]
    [InlineData("nested column", 1, "usage.parquet: column 'tenant_id' has type group (Struct); expected BYTE_ARRAY (String)")]
    [InlineData("part files that disagree", 1, "usage/part-1.parquet: column 'paid_available_units' has type INT32 but usage/part-0.parquet has INT64")]
    [InlineData("duplicate column names", 1, "usage.parquet: column 'tenant_id' appears 2 times")]
    [InlineData("empty usage table", 1, "cannot tell the as-of month: the usage table has no month")]
    [InlineData("rule set with overlapping bands", 1, "paths[1].band 10 < PAU ≤ 500 overlaps paths[0].band (PAU > 300)")]
    [InlineData("rule set with a negative band", 1, "paths[1].band.above must be a whole number from 0 to 4,294,967,295")]
    [InlineData("rule set with an empty band", 1, "paths[1].band.upTo must be greater than above (10): the band 10 < PAU ≤ 10 is empty")]
    [InlineData("rule set with a zero threshold", 1, "paths[0].metrics.netCustomerAdds.threshold must be a positive number at most 4,294,967,295")]
    [InlineData("rule set with a zero maximum", 1, "paths[0].metrics.deployments.maxPoints must be a positive number at most 1,000")]
    [InlineData("rule set that is not JSON", 1, "$ is not valid JSON")]
    [InlineData("strict with a rejected row", 1, "--strict: the input has rejected rows: usage: 1 negative units")]
    [InlineData("as-of that is no month", 2, "--as-of 'June 2025' is not a month: expected YYYY-MM")]
    [InlineData("output is the data folder", 2, "--out {data} is an input of this command")]
    [InlineData("output holds the data folder", 2, "--out {root} holds the input {data}")]
    [InlineData("output inside the data folder", 2, "--out {data}/out lies inside the input folder {data}")]
    [InlineData("output is the current folder", 2, "--out . is or holds the current folder")]
    public async Task A_bad_input_fails_with_its_exit_code_and_one_message_on_stderr_and_writes_nothing(string @case, int code, string fragment)
    {
        var args = await ArrangeAsync(@case);
        var before = Entries(dataset.Root);

        var (exit, output, errors) = await CliRunner.RunAsync(["score", .. args.Select(Fill)]);

        Assert.Equal((code, ""), (exit, output));
        Assert.Contains(Fill(fragment), errors);
        Assert.StartsWith("error: ", errors);
        Assert.DoesNotContain("internal error", errors);
        Assert.DoesNotContain("   at ", errors);
        Assert.Equal(before, Entries(dataset.Root));
    }

    /// <summary>Issue 10: two tenants with MAU 9,223,372,036,854,775,806 ended in "internal error … overflow"; now both rows are rejected (R28 reading).</summary>
    [Fact]
    public async Task Units_beyond_what_a_sum_can_hold_are_rejected_and_the_run_scores()
    {
        dataset.Associations(("P1", "T2", null, "CPOR", new DateOnly(2023, 1, 10), null));
        dataset.Usage(("T2", "Teams", SmallDataset.B, 500, 0), ("T1", "Exchange", SmallDataset.M, 500, 9_223_372_036_854_775_806), ("T2", "Teams", SmallDataset.M, 500, 9_223_372_036_854_775_806));

        var (exit, output, errors) = await CliRunner.RunAsync("score", "--data", dataset.Data, "--out", dataset.Out);

        Assert.Equal((0, ""), (exit, errors));
        Assert.Contains("usage", output);
        var rejects = await Parquet.Loaded.TableAsync(dataset.Out, "rejects", ColumnSpec.Text("reason"));
        Assert.Equal(["units above 4,294,967,295"], rejects.Dictionary("reason").Distinct());
        Assert.Equal(2, rejects.Count);
    }

    private async Task<string[]> ArrangeAsync(string @case)
    {
        string[] score = ["--data", "{data}", "--out", "{out}"];
        var usage = dataset.File("usage");
        switch (@case)
        {
            case "missing data folder":
                return ["--data", "{root}/missing", "--out", "{out}"];
            case "data names a file":
                return ["--data", "{data}/usage.parquet", "--out", "{out}"];
            case "table file that is a folder":
                Move(usage, "usage.parquet.tmp");
                Move(Path.Combine(dataset.Data, "usage.parquet.tmp"), "usage.parquet/part-0.parquet");
                return score;
            case "missing table":
                File.Delete(dataset.File("certifications"));
                return score;
            case "table folder without part files":
                Move(usage, "usage/readme.txt");
                return score;
            case "zero-byte file":
                File.WriteAllBytes(usage, []);
                return score;
            case "text file named .parquet":
                File.WriteAllText(usage, "tenant_id,workload,month,paid_available_units,monthly_active_users\nT1,Teams,2025-06-01,500,400\n");
                return score;
            case "truncated footer":
                Cut(usage, bytes => bytes[..^6]);
                return score;
            case "truncated in the middle":
                Cut(usage, bytes => bytes[..(bytes.Length / 2)]);
                return score;
            case "flipped page bytes":
                Cut(usage, bytes => [.. bytes[..4], .. bytes[4..68].Select(b => (byte)(b ^ 0xFF)), .. bytes[68..]]);
                return score;
            case "missing column":
                Write(usage, Column("tenant_id", FixtureType.Utf8, "T1"), Column("workload", FixtureType.Utf8, "Teams"), Column("month", FixtureType.Date, SmallDataset.M), Column("paid_available_units", FixtureType.Int64, 5L));
                return score;
            case "wrong column type":
                Write(usage, Column("tenant_id", FixtureType.Utf8, "T1"), Column("workload", FixtureType.Utf8, "Teams"), Column("month", FixtureType.Utf8, "2025-06-01"), Column("paid_available_units", FixtureType.Int64, 5L), Column("monthly_active_users", FixtureType.Int64, 1L));
                return score;
            case "repeated column":
                await OddFiles.UsageWithRepeatedTenantColumnAsync(usage);
                return score;
            case "nested column":
                File.Delete(usage);
                await OddFiles.UsageWithStructTenantColumnAsync(usage);
                return score;
            case "part files that disagree":
                Move(usage, "usage/part-0.parquet");
                Write(Path.Combine(dataset.Data, "usage", "part-1.parquet"), Column("tenant_id", FixtureType.Utf8, "T1"), Column("workload", FixtureType.Utf8, "Teams"), Column("month", FixtureType.Date, SmallDataset.M), Column("paid_available_units", FixtureType.Int32, 5), Column("monthly_active_users", FixtureType.Int64, 1L));
                return score;
            case "duplicate column names":
                OddFiles.UsageWithDuplicateTenantColumn(usage);
                return score;
            case "empty usage table":
                Write(usage, Column("tenant_id", FixtureType.Utf8), Column("workload", FixtureType.Utf8), Column("month", FixtureType.Date), Column("paid_available_units", FixtureType.Int64), Column("monthly_active_users", FixtureType.Int64));
                return score;
            case "rule set with overlapping bands":
                return WithRules(d => d["paths"]![1]!["band"]!["upTo"] = 500);
            case "rule set with a negative band":
                return WithRules(d => d["paths"]![1]!["band"]!["above"] = -10);
            case "rule set with an empty band":
                return WithRules(d => d["paths"]![1]!["band"]!["upTo"] = 10);
            case "rule set with a zero threshold":
                return WithRules(d => d["paths"]![0]!["metrics"]!["netCustomerAdds"]!["threshold"] = 0);
            case "rule set with a zero maximum":
                return WithRules(d => d["paths"]![0]!["metrics"]!["deployments"]!["maxPoints"] = 0);
            case "rule set that is not JSON":
                File.WriteAllText(Path.Combine(dataset.Root, "rules.json"), "id: modern-work-2022");
                return [.. score, "--rules", "{root}/rules.json"];
            case "strict with a rejected row":
                dataset.Usage(("T2", "Teams", SmallDataset.M, -1, 0));
                return [.. score, "--strict"];
            case "as-of that is no month":
                return [.. score, "--as-of", "June 2025"];
            case "output is the data folder":
                return ["--data", "{data}", "--out", "{data}"];
            case "output holds the data folder":
                return ["--data", "{data}", "--out", "{root}"];
            case "output inside the data folder":
                return ["--data", "{data}", "--out", "{data}/out"];
            case "output is the current folder":
                return ["--data", "{data}", "--out", "."];
            default:
                throw new ArgumentException($"no such case: {@case}", nameof(@case));
        }
    }

    private string[] WithRules(Action<JsonNode> edit)
    {
        var document = JsonNode.Parse(BuiltInRuleSets.Document(BuiltInRuleSets.DefaultId).IfNone(""))!;
        edit(document);
        File.WriteAllText(Path.Combine(dataset.Root, "rules.json"), document.ToJsonString());
        return ["--data", "{data}", "--out", "{out}", "--rules", "{root}/rules.json"];
    }

    private void Move(string from, string relativeTo)
    {
        var to = Path.Combine(dataset.Data, relativeTo);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to);
    }

    private static void Cut(string file, Func<byte[], byte[]> change) => File.WriteAllBytes(file, change(File.ReadAllBytes(file)));

    private string Fill(string text) =>
        text.Replace("{data}", dataset.Data, StringComparison.Ordinal)
            .Replace("{out}", dataset.Out, StringComparison.Ordinal)
            .Replace("{root}", dataset.Root, StringComparison.Ordinal);

    /// <summary>Every path under the test's root with its size: nothing may appear (no --out, no temporary sibling) or change.</summary>
    private static string[] Entries(string root) =>
        [.. new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(e => $"{Path.GetRelativePath(root, e.FullName)} {(e is FileInfo f ? f.Length : -1)}")
            .Order(StringComparer.Ordinal)];
}
