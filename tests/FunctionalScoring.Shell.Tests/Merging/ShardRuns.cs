using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Merging;
using FunctionalScoring.Shell.Tests.Conformance;
using FunctionalScoring.Shell.Tests.Outputs;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Merging;

/// <summary>Runs <c>score</c> (whole or one shard) and <c>merge</c> in-process into a folder of the test's own.</summary>
public static class ShardRuns
{
    public static readonly Seq<string> ParquetFiles = Seq("summary.parquet", "scorecard.parquet", "evidence.parquet", "rejects.parquet");

    public static async Task<string> Score(string caseName, string outDirectory, Shard? shard = null, string ruleSet = BuiltInRuleSets.DefaultId)
    {
        var rules = BuiltInRuleSets.Find(ruleSet).IfNone(() => throw new InvalidOperationException($"no rule set {ruleSet}"));
        var request = new ScoreRequest(ConformanceCases.Data(caseName), rules, None, Some(Allowed.Folder(outDirectory, ConformanceCases.Data(caseName))), Shard: shard);
        (await ScoreJob.RunAsync(request)).IfLeft(message => throw new InvalidOperationException(message));
        return outDirectory;
    }

    /// <summary>Scores shards 1/N … N/N of a case into <c>shard-K</c> folders under <paramref name="root"/>.</summary>
    public static async Task<Seq<string>> ScoreShards(string caseName, string root, int count, string ruleSet = BuiltInRuleSets.DefaultId)
    {
        var folders = new List<string>();
        for (var k = 1; k <= count; k++)
        {
            folders.Add(await Score(caseName, Path.Combine(root, $"shard-{k}"), new Shard(k, count), ruleSet));
        }

        return folders.ToSeq();
    }

    public static Task<Either<Seq<MergeError>, MergeOutcome>> Merge(string outDirectory, params string[] shards) =>
        MergeJob.RunAsync(new MergeRequest(shards.ToSeq(), Allowed.Folder(outDirectory, shards)));

    public static MergeReason[] Reasons(Either<Seq<MergeError>, MergeOutcome> merged) =>
        merged.Match(Right: _ => [], Left: errors => errors.Map(e => e.Reason).ToArray());
}
