using System.Diagnostics;
using FunctionalScoring.Shell.Outputs;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Merging;

/// <summary>What <c>merge</c> is asked to do: shard output folders in, one run's outputs out.</summary>
/// <remarks><paramref name="OutDirectory"/> is a folder the output rule allowed (<see cref="OutputTarget.Folder"/>) with the shard folders as inputs.</remarks>
public sealed record MergeRequest(Seq<string> ShardDirectories, OutputFolder OutDirectory);

/// <summary>The merged run record and how many shards went into it.</summary>
public sealed record MergeOutcome(RunRecord Record, int Shards);

/// <summary>
/// <c>merge</c>: read every shard's outputs back, check that they are one complete split of one run, and write
/// the single-run outputs atomically (byte-identical Parquet to <c>score</c> without <c>--shard</c>). Every
/// expected failure comes back as values and leaves no output behind.
/// </summary>
public static class MergeJob
{
    public static async Task<Either<Seq<MergeError>, MergeOutcome>> RunAsync(MergeRequest request, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var loaded = new List<ShardOutput>();
        foreach (var folder in request.ShardDirectories)
        {
            var shard = await ShardOutput.LoadAsync(folder, ct);
            if (shard.Case is MergeError error)
            {
                return Seq1(error);
            }

            loaded.Add((ShardOutput)shard.Case);
        }

        // Shard order (K = 1 … N) is the order rows of one partner keep: only one shard holds any partner.
        var shards = loaded.OrderBy(s => s.Shard.Map(x => x.Index).IfNone(0)).ToSeq().Strict();
        var problems = ShardSet.Check(shards);
        if (!problems.IsEmpty)
        {
            return problems;
        }

        var rejects = await OutputFileReader.ReadAsync(shards.Head.RejectsPath, OutputFiles.RejectsSchema, ct);
        if (rejects.Case is MergeError unreadable)
        {
            return Seq1(unreadable);
        }

        var summary = PartnerOrder.Merge([.. shards.Map(s => s.Summary)]);
        var scorecard = PartnerOrder.Merge([.. shards.Map(s => s.Scorecard)]);
        var evidence = PartnerOrder.Merge([.. shards.Map(s => s.Evidence)]);
        RunRecord? record = null;
        await AtomicFolder.WriteAsync(request.OutDirectory, async dir =>
        {
            await OutputFiles.Write(dir, "summary.parquet", summary, OutputFiles.SummarySchemaFor(shards.Head.Record.QualificationWindowMonths ?? 1), ct);
            await OutputFiles.Write(dir, "scorecard.parquet", scorecard, OutputFiles.ScorecardSchema, ct);
            await EvidenceFile.WriteAsync(evidence, Path.Combine(dir, "evidence.parquet"), ct: ct);
            await OutputFiles.Write(dir, "rejects.parquet", (Microsoft.Data.Analysis.DataFrame)rejects.Case!, OutputFiles.RejectsSchema, ct);
            record = MergedRecord.Of(shards, Math.Round(clock.Elapsed.TotalSeconds, 3));
            await File.WriteAllTextAsync(Path.Combine(dir, "run.json"), record.ToJson(), ct);
        });
        return Right<Seq<MergeError>, MergeOutcome>(new MergeOutcome(record!, shards.Count));
    }
}
