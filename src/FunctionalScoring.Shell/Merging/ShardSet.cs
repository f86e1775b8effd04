using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Shell.Outputs;
using LanguageExt;
using Microsoft.Data.Analysis;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Merging;

/// <summary>
/// Whether shard outputs add up to one run: exactly shards 1/N … N/N, of one dataset (same inputs, accounting,
/// warnings and rejects), one rule set, one as-of month and one build, each holding only its own partners.
/// </summary>
public static class ShardSet
{
    /// <summary>Every problem found, in shard order; none means the shards can be merged.</summary>
    public static Seq<MergeError> Check(Seq<ShardOutput> shards)
    {
        var unsharded = shards.Filter(s => s.Shard.IsNone).Map(s => s.Record.Shard is null
            ? MergeError.NotAShard(s.Folder)
            : MergeError.Unreadable(Path.Combine(s.Folder, "run.json"), $"shard '{s.Record.Shard}' is not K/N"));
        if (!unsharded.IsEmpty)
        {
            return unsharded;
        }

        var set = shards.Map(s => (Output: s, Shard: (Shard)s.Shard));
        var counts = set.Map(s => s.Shard.Count).Distinct();
        if (counts.Count > 1)
        {
            return Seq1(MergeError.MixedShardCounts(set.Map(s => $"{s.Shard} in {s.Output.Folder}")));
        }

        var n = counts.Head;
        var indices = set.Map(s => s.Shard.Index);
        var missing = Enumerable.Range(1, n).Where(k => !indices.Contains(k)).ToArray();
        var repeated = indices.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).Order().ToArray();
        var completeness = missing.Length + repeated.Length > 0 ? Seq1(MergeError.IncompleteSet(n, missing, repeated)) : Empty;
        var first = shards.Head;
        return completeness
            + shards.Tail.Bind(s => Disagreements(first, s))
            + set.Bind(s => Ownership(s.Output, s.Shard))
            + shards.Bind(Counts);
    }

    private static Seq<MergeError> Disagreements(ShardOutput first, ShardOutput other)
    {
        Option<MergeError> Compare(string what, Func<ShardOutput, Seq<string>> of) =>
            FirstDifference(of(first), of(other)).Map(d => MergeError.Disagreement(what, first.Folder, d.First, other.Folder, d.Other));

        return Seq(
            Compare("the tool version", s => Seq1(s.Record.ToolVersion)),
            Compare("the rule set", s => Seq1($"{s.Record.RuleSetId} ({s.Record.RuleSetHash})")),
            Compare("the as-of month", s => Seq1(s.Record.AsOfMonth)),
            Compare("the baseline month", s => Seq1(s.Record.BaselineMonth)),
            Compare("an input file", s => s.Record.Inputs.ToSeq().Map(i => $"{i.File} ({i.Table}, {i.Rows} rows)")),
            Compare("the row accounting", s => s.Record.Tables.ToSeq().Bind(AccountLines)),
            Compare("a warning", s => s.Record.Warnings.ToSeq()),
            Compare("rejects.parquet (SHA-256)", s => Seq1(s.RejectsDigest))).Somes();
    }

    private static Seq<string> AccountLines(TableAccountRecord t) =>
        Seq1($"{t.Table}: read {t.Read}, used {t.Used}, ignored {t.Ignored}, rejected {t.Rejected}")
        + t.Reasons.ToSeq().Map(r => $"{t.Table}: {r.Rows} {r.Outcome} '{r.Reason}'");

    /// <summary>The first line where two descriptions differ ("(none)" past the end of the shorter one).</summary>
    private static Option<(string First, string Other)> FirstDifference(Seq<string> first, Seq<string> other) =>
        Enumerable.Range(0, Math.Max(first.Count, other.Count))
            .Select(i => (First: i < first.Count ? first[i] : "(none)", Other: i < other.Count ? other[i] : "(none)"))
            .Where(d => d.First != d.Other)
            .Select(Some)
            .FirstOrDefault();

    /// <summary>Each partner row must belong to the shard that wrote it (FNV-1a of its id, as <see cref="Shard.Owns"/>).</summary>
    private static Seq<MergeError> Ownership(ShardOutput output, Shard shard) =>
        Seq(("summary.parquet", output.Summary), ("scorecard.parquet", output.Scorecard), ("evidence.parquet", output.Evidence))
            .Bind(f => PartnerIds(f.Item2).Find(id => !shard.Owns(id)).Map(id => MergeError.ForeignPartner(output.Folder, shard.ToString(), f.Item1, id)).ToSeq());

    private static Seq<MergeError> Counts(ShardOutput output)
    {
        var partners = output.Summary.Rows.Count;
        var qualified = ((BooleanDataFrameColumn)output.Summary.Columns["qualified"]).Count(q => q == true);
        return Seq(
            output.Record.Partners == partners ? None : Some(MergeError.CountMismatch(output.Folder, "partners", output.Record.Partners, partners)),
            output.Record.QualifiedPartners == qualified ? None : Some(MergeError.CountMismatch(output.Folder, "qualified partners", output.Record.QualifiedPartners, qualified))).Somes();
    }

    /// <summary>The distinct partner ids of a frame sorted by partner id, so each id is hashed once.</summary>
    private static Seq<string> PartnerIds(DataFrame frame)
    {
        var column = (StringDataFrameColumn)frame.Columns["partner_id"];
        var ids = new List<string>();
        for (long row = 0; row < column.Length; row++)
        {
            var id = column[row] ?? "";
            if (ids.Count == 0 || ids[^1] != id)
            {
                ids.Add(id);
            }
        }

        return ids.ToSeq();
    }
}
