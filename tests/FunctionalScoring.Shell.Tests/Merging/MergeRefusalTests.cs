using System.Text.Json.Nodes;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Shell.Merging;
using FunctionalScoring.Shell.Tests.CommandLine;
using FunctionalScoring.Shell.Tests.Parquet;
using static FunctionalScoring.Shell.Tests.Merging.ShardRuns;

namespace FunctionalScoring.Shell.Tests.Merging;

/// <summary>Shard outputs that do not add up to one run are refused, with a reason, and nothing is written.</summary>
public sealed class MergeRefusalTests(CleanShards clean) : IClassFixture<CleanShards>, IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_missing_shard_fails_and_writes_nothing()
    {
        var merged = await Merge(folder.File("merged"), clean.OfThree[0], clean.OfThree[2]);

        Assert.Equal([MergeReason.IncompleteSet], Reasons(merged));
        Assert.Contains("missing 2/3", merged.LeftToSeq().Head.Head.Message);
        Assert.False(Directory.Exists(folder.File("merged")));
    }

    [Fact]
    public async Task A_shard_given_twice_fails()
    {
        var merged = await Merge(folder.File("merged"), clean.OfTwo[0], clean.OfTwo[1], clean.OfTwo[1]);

        Assert.Equal([MergeReason.IncompleteSet], Reasons(merged));
    }

    [Fact]
    public async Task Shards_of_different_splits_fail()
    {
        var merged = await Merge(folder.File("merged"), clean.OfTwo[0], clean.OfThree[1], clean.OfThree[2]);

        Assert.Equal([MergeReason.MixedShardCounts], Reasons(merged));
    }

    [Fact]
    public async Task Shards_scored_under_different_rule_sets_fail()
    {
        var other = await Score("clean", folder.File("other"), new Shard(2, 2), "modern-work-2023");

        var merged = await Merge(folder.File("merged"), clean.OfTwo[0], other);

        Assert.Contains(MergeReason.Disagreement, Reasons(merged));
        Assert.Contains(merged.LeftToSeq().Head, e => e.Message.Contains("the rule set is modern-work-2023"));
    }

    [Fact]
    public async Task Shards_of_different_datasets_fail()
    {
        var other = await Score("plain", folder.File("other"), new Shard(2, 2));

        var merged = await Merge(folder.File("merged"), clean.OfTwo[0], other);

        Assert.Contains(MergeReason.Disagreement, Reasons(merged));
    }

    [Fact]
    public async Task An_unsharded_output_is_not_a_shard()
    {
        Assert.Equal([MergeReason.NotAShard], Reasons(await Merge(folder.File("merged"), clean.Whole)));
    }

    [Fact]
    public async Task A_shard_holding_partners_of_another_shard_fails()
    {
        var shards = clean.OfTwo.Map(s => Copy(s, folder.File(Path.GetFileName(s)))).Strict();
        // Swap the claims: shard-1's partners now say they are 2/2, and the other way round.
        Relabel(shards[0], "2/2");
        Relabel(shards[1], "1/2");

        var merged = await Merge(folder.File("merged"), shards[0], shards[1]);

        Assert.Contains(MergeReason.ForeignPartner, Reasons(merged));
    }

    [Fact]
    public async Task A_folder_without_outputs_names_the_missing_file()
    {
        Directory.CreateDirectory(folder.File("nothing-here"));

        var merged = await Merge(folder.File("merged"), folder.File("nothing-here"));

        Assert.Equal([MergeReason.MissingFile], Reasons(merged));
    }

    [Fact]
    public async Task A_shard_folder_that_does_not_exist_is_named_as_such()
    {
        var merged = await Merge(folder.File("merged"), clean.OfTwo[0], folder.File("typo"));

        Assert.Equal([MergeError.MissingFolder(folder.File("typo"))], merged.LeftToSeq().Head.ToArray());
        Assert.Equal($"shard folder {folder.File("typo")} does not exist", merged.LeftToSeq().Head.Head.Message);
    }

    [Fact]
    public async Task The_merge_command_exits_1_with_the_reason()
    {
        var (exit, output, errors) = await CliRunner.RunAsync("merge", "--out", folder.File("merged"), clean.OfThree[0]);

        Assert.Equal((1, ""), (exit, output));
        Assert.Contains("missing 2/3, 3/3", errors);
    }

    private static string Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        return to;
    }

    private static void Relabel(string shardFolder, string shard)
    {
        var path = Path.Combine(shardFolder, "run.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        json["shard"] = shard;
        File.WriteAllText(path, json.ToJsonString());
    }
}
