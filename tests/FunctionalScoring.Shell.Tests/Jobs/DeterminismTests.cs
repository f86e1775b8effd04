using FunctionalScoring.Core.Input;
using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Tests.CommandLine;
using FunctionalScoring.Shell.Tests.Conformance;
using Parquet;
using static FunctionalScoring.Generation.ParquetFixture;

namespace FunctionalScoring.Shell.Tests.Jobs;

/// <summary>The same input gives byte-identical Parquet outputs, however it is split into part files and row groups.</summary>
public sealed class DeterminismTests : IDisposable
{
    private static readonly string[] OutputFiles = ["summary.parquet", "scorecard.parquet", "evidence.parquet", "rejects.parquet"];
    private readonly string root = Path.Combine(Path.GetTempPath(), "fs-det-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Two_runs_on_the_same_data_write_identical_outputs()
    {
        var data = ConformanceCases.Data("bad");
        await ScoreInto(data, "first");
        await ScoreInto(data, "second");
        AssertSameOutputs("first", "second");
    }

    [Fact]
    public async Task Splitting_usage_into_part_files_and_row_groups_changes_no_output()
    {
        var data = ConformanceCases.Data("clean");
        var split = Path.Combine(root, "split");
        Directory.CreateDirectory(Path.Combine(split, "usage"));
        foreach (var table in new[] { "associations", "certifications", "partners" })
        {
            File.Copy(Path.Combine(data, table + ".parquet"), Path.Combine(split, table + ".parquet"));
        }

        var usage = (await DatasetLoader.LoadAsync(data)).IfLeft(e => throw new InvalidOperationException(e.Message)).Raw.Usage.Rows().ToArray();
        var third = usage.Length / 3;
        WriteUsage(Path.Combine(split, "usage", "part-0.parquet"), usage[..third], [1000, third - 1000]);
        WriteUsage(Path.Combine(split, "usage", "part-1.parquet"), usage[third..(2 * third)], null);
        WriteUsage(Path.Combine(split, "usage", "part-2.parquet"), usage[(2 * third)..], [7, 50_000, usage.Length - (2 * third) - 50_007]);

        await ScoreInto(data, "whole");
        await ScoreInto(split, "parts");
        AssertSameOutputs("whole", "parts");
    }

    private static void WriteUsage(string path, UsageRow[] rows, int[]? rowGroups) =>
        Write(
            path, rowGroups, CompressionMethod.Gzip,
            Column("tenant_id", FixtureType.Utf8, [.. rows.Select(r => r.TenantId)]),
            Column("workload", FixtureType.Utf8, [.. rows.Select(r => r.Workload)]),
            Column("month", FixtureType.TimestampMicros, [.. rows.Select(r => (object?)r.Month)]),
            Column("paid_available_units", FixtureType.Int32, [.. rows.Select(r => (object?)r.PaidAvailableUnits)]),
            Column("monthly_active_users", FixtureType.Int64, [.. rows.Select(r => (object?)r.MonthlyActiveUsers)]));

    private async Task ScoreInto(string data, string name)
    {
        var (exit, _, errors) = await CliRunner.RunAsync("score", "--data", data, "--out", Path.Combine(root, name));
        Assert.True(exit == 0, errors);
    }

    private void AssertSameOutputs(string a, string b)
    {
        foreach (var file in OutputFiles)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(root, a, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(root, b, file))),
                $"{file} differs between {a} and {b}");
        }
    }
}
