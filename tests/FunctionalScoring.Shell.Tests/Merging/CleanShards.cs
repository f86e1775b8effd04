using FunctionalScoring.Shell.Tests.Parquet;
using LanguageExt;
using static FunctionalScoring.Shell.Tests.Merging.ShardRuns;

namespace FunctionalScoring.Shell.Tests.Merging;

/// <summary>The conformance case <c>clean</c> scored whole, in 2 shards and in 3 shards, once for all the failure tests.</summary>
public sealed class CleanShards : IAsyncLifetime
{
    private readonly TempFolder folder = new();

    public string Whole => Path.Combine(folder.Path, "whole");

    public Seq<string> OfTwo { get; private set; }

    public Seq<string> OfThree { get; private set; }

    public async Task InitializeAsync()
    {
        await Score("clean", Whole);
        OfTwo = await ScoreShards("clean", Path.Combine(folder.Path, "two"), 2);
        OfThree = await ScoreShards("clean", Path.Combine(folder.Path, "three"), 3);
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}
