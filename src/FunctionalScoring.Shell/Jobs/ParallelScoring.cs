using FunctionalScoring.Core;
using FunctionalScoring.Core.Evaluation;
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

    /// <summary>
    /// Every partner of a shard of a checked dataset, with its window under a rule set whose window is
    /// longer than one month (R32: the dataset must hold that many months, as <see cref="DatasetReader"/> reads).
    /// </summary>
    public static RunResult Run(RuleSet rules, CheckedDataset facts, Shard shard) =>
        Scoring.Collect(rules, facts, Partners(rules, facts, facts.Dataset.PartnerIds.Filter(shard.Owns)));

    public static Seq<PartnerResult> Partners(RuleSet rules, CheckedDataset facts, IEnumerable<string> ids) =>
        toSeq(ids.AsParallel().AsOrdered().Select(id => Scoring.ScorePartner(rules, facts.Dataset, id)).ToArray());
}
