using FunctionalScoring.Shell.Outputs;
using LanguageExt;

namespace FunctionalScoring.Shell.Merging;

/// <summary>
/// The run record of the merged outputs: what a single run would have written, except timings. Everything
/// about the dataset is taken from the first shard (the shards agree on it, see <see cref="ShardSet"/>);
/// partner counts are summed; there is no shard any more.
/// </summary>
public static class MergedRecord
{
    /// <remarks>
    /// <c>timings_seconds</c> holds each stage summed over the shards (compute spent, not wall-clock: the shards
    /// may have run side by side), plus <c>merge</c>, the time the merge itself took.
    /// </remarks>
    public static RunRecord Of(Seq<ShardOutput> shards, double mergeSeconds)
    {
        var first = shards.Head.Record;
        var timings = shards
            .SelectMany(s => s.Record.TimingsSeconds)
            .GroupBy(t => t.Key)
            .ToDictionary(g => g.Key, g => Math.Round(g.Sum(t => t.Value), 3));
        timings["merge"] = mergeSeconds;
        return first with
        {
            Shard = null,
            Partners = shards.Sum(s => s.Record.Partners),
            QualifiedPartners = shards.Sum(s => s.Record.QualifiedPartners),
            TimingsSeconds = timings,
        };
    }
}
