using FunctionalScoring.Core;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Shell.Reading;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Jobs;

/// <summary>The pure per-partner function spread over every core; partner-id order is kept.</summary>
public static class ParallelScoring
{
    /// <summary>Every partner of a read dataset, as of its last evaluated month.</summary>
    public static RunResult Run(ReadDataset read) => Run(read.Rules, read.Latest, Shard.Whole);

    /// <summary>Every partner of a shard of a checked dataset.</summary>
    public static RunResult Run(RuleSet rules, CheckedDataset facts, Shard shard) =>
        Scoring.Score(rules, facts, shard, ids => Partners(rules, facts, ids));

    public static Seq<PartnerScore> Partners(RuleSet rules, CheckedDataset facts, IEnumerable<string> ids) =>
        toSeq(ids.AsParallel().AsOrdered().Select(id => Scorer.ScorePartner(rules, facts.Dataset, id)).ToArray());
}
