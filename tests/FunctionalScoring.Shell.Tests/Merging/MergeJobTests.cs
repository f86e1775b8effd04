using System.Text.Json.Nodes;
using FunctionalScoring.Shell.Tests.Parquet;
using static FunctionalScoring.Shell.Tests.Merging.ShardRuns;

namespace FunctionalScoring.Shell.Tests.Merging;

/// <summary>
/// <c>score --shard k/N</c> for every k, then <c>merge</c>, gives exactly what one <c>score</c> gives: the same
/// Parquet bytes, and the same run record but for timings.
/// </summary>
public sealed class MergeJobTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("clean", 3, "modern-work-2022")]
    [InlineData("bad", 3, "modern-work-2022")]
    [InlineData("dense", 3, "modern-work-2023")]
    [InlineData("plain", 5, "modern-work-2023")]
    [InlineData("clean", 1, "modern-work-2023")]
    [InlineData("bad", 3, "modern-work-2023-09")]
    public async Task Merged_shards_are_byte_identical_to_a_single_run(string caseName, int count, string ruleSet)
    {
        var whole = await Score(caseName, folder.File("whole"), ruleSet: ruleSet);
        var shards = await ScoreShards(caseName, folder.Path, count, ruleSet);

        var merged = await Merge(folder.File("merged"), [.. shards.Rev()]);

        Assert.True(merged.IsRight, string.Join("; ", merged.LeftToSeq().Bind(e => e).Map(e => e.Message)));
        foreach (var file in ParquetFiles)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(whole, file)).AsSpan().SequenceEqual(File.ReadAllBytes(folder.File($"merged/{file}"))),
                $"{file} differs from the single run's");
        }

        Assert.Equal(WithoutTimings(Path.Combine(whole, "run.json")), WithoutTimings(folder.File("merged/run.json")));
    }

    private static string WithoutTimings(string runJson)
    {
        var json = JsonNode.Parse(File.ReadAllText(runJson))!.AsObject();
        json.Remove("timings_seconds");
        return json.ToJsonString();
    }
}
