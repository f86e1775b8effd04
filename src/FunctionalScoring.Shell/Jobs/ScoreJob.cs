using System.Diagnostics;
using FunctionalScoring.Core;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using FunctionalScoring.Shell.Reading;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Jobs;

/// <summary>What <c>score</c> is asked to do.</summary>
/// <remarks><paramref name="OutDirectory"/> is a folder the output rule allowed (<see cref="OutputTarget.Folder"/>), checked against the dataset folder and every other input.</remarks>
public sealed record ScoreRequest(string DataDirectory, RuleSet Rules, Option<Month> AsOf, Option<OutputFolder> OutDirectory, bool Strict = false, Shard? Shard = null);

/// <summary>A finished run and the record written beside its outputs.</summary>
public sealed record ScoreOutcome(RunResult Run, RunRecord Record);

/// <summary>
/// The impureim sandwich of <c>score</c>: read the dataset, call the pure core, write every output
/// atomically. Each expected failure comes back as a message and leaves no output behind.
/// </summary>
public static class ScoreJob
{
    public static async Task<Either<string, ScoreOutcome>> RunAsync(ScoreRequest request, Action<string, ReadProgress>? progress = null, CancellationToken ct = default)
    {
        var timings = new Dictionary<string, double>();
        var clock = Stopwatch.StartNew();
        var checkedDataset = await CheckAsync(request, progress, ct);
        timings["read_and_check"] = Lap(clock);
        if (checkedDataset.Case is not (CheckedDataset facts, IReadOnlyList<InputFileRecord> inputs))
        {
            return Left<string, ScoreOutcome>((string)checkedDataset.Case);
        }

        if (request.Strict && facts.Accounting.Rejected > 0)
        {
            return Left<string, ScoreOutcome>(StrictFailure(facts.Accounting));
        }

        if (request.OutDirectory.Case is OutputFolder target)
        {
            ScoreOutcome? written = null;
            await AtomicFolder.WriteAsync(target, async dir => written = await ScoreAndWriteAsync(request, facts, inputs, dir, timings, clock, ct));
            return written!;
        }

        var run = ParallelScoring.Run(request.Rules, facts, request.Shard ?? Shard.Whole);
        timings["score"] = Lap(clock);
        Diagnostics.MemoryProfile.Mark("scored");
        return new ScoreOutcome(run, RunRecord.Of(run, inputs, request.Shard?.ToString(), timings));
    }

    /// <summary>
    /// Scores partners a chunk at a time, writing each chunk's evidence in the background while the
    /// next chunk is scored and keeping only the scores (which carry no evidence), so memory does not
    /// grow with the evidence of the whole run. The "score" timing is the scoring of the chunks
    /// (now overlapping the evidence writes); "write" is the rest.
    /// </summary>
    private static async Task<ScoreOutcome> ScoreAndWriteAsync(
        ScoreRequest request, CheckedDataset facts, IReadOnlyList<InputFileRecord> inputs, string directory, Dictionary<string, double> timings, Stopwatch clock, CancellationToken ct)
    {
        var ids = facts.Dataset.PartnerIds.Filter((request.Shard ?? Shard.Whole).Owns);
        var kept = new List<PartnerResult>(ids.Count);
        var scoring = Stopwatch.StartNew();
        scoring.Stop();
        await using (var evidence = await EvidenceFile.CreateAsync(Path.Combine(directory, "evidence.parquet"), ct: ct))
        {
            foreach (var chunk in Enumerable.Chunk(ids, PartnersPerChunk))
            {
                scoring.Start();
                var partners = ScoreWithEvidenceInParallel(request.Rules, facts, chunk);
                var windows = WindowsInParallel(request.Rules, facts, partners);
                scoring.Stop();
                await evidence.AddAsync([.. partners.Select(p => p.Evidence)], ct);
                kept.AddRange(windows);
            }

            await evidence.CompleteAsync(ct);
        }

        Diagnostics.MemoryProfile.Mark("scored, evidence written");
        timings["score"] = Math.Round(scoring.Elapsed.TotalSeconds, 3);
        var run = Scoring.Collect(request.Rules, facts, kept.ToSeq());
        var record = RunRecord.Of(run, inputs, request.Shard?.ToString(), timings);
        await OutputFiles.WriteTablesAsync(directory, run, () =>
        {
            timings["write"] = Math.Round(Lap(clock) - timings["score"], 3);
            return record;
        }, ct);
        Diagnostics.MemoryProfile.Mark("written");
        return new ScoreOutcome(run, record);
    }

    // Small chunks keep little evidence alive at once (the chunk being written and the chunk being
    // scored), so less of it is promoted before it dies. Bench L, back to back on 2 cores: 512 partners
    // a chunk peaked at 662–695 MB, 32 at 510–531 MB, 16 at 472–484 MB, with no loss of time; a few per
    // core keep every core busy within a chunk.
    private static readonly int PartnersPerChunk = 8 * Environment.ProcessorCount;

    /// <summary>
    /// Partners scored on every core, each with the evidence rows behind its scores: making the rows
    /// here keeps that work on every core rather than on the single thread that writes them.
    /// </summary>
    private static (PartnerScore Score, Seq<Evidence> Evidence)[] ScoreWithEvidenceInParallel(RuleSet rules, CheckedDataset facts, string[] ids) =>
        ids.AsParallel().AsOrdered()
            .Select(id => Scorer.ScorePartnerWithEvidence(rules, facts.Dataset, id))
            .ToArray();

    /// <summary>R32: each partner's window, under a rule set whose window is longer than one month (None otherwise, at no cost).</summary>
    private static PartnerResult[] WindowsInParallel(RuleSet rules, CheckedDataset facts, (PartnerScore Score, Seq<Evidence> Evidence)[] partners) =>
        rules.Parameters.QualificationWindowMonths > 1
            ? partners.AsParallel().AsOrdered().Select(p => new PartnerResult(p.Score, Scoring.WindowOf(rules, facts.Dataset, p.Score))).ToArray()
            : [.. partners.Select(p => new PartnerResult(p.Score, None))];

    private static async Task<Either<string, (CheckedDataset, IReadOnlyList<InputFileRecord>)>> CheckAsync(ScoreRequest request, Action<string, ReadProgress>? progress, CancellationToken ct)
    {
        var shard = request.Shard ?? Shard.Whole;
        var read = await DatasetReader.ReadAsync(request.DataDirectory, request.Rules, request.AsOf, keepsPartner: shard.Count == 1 ? null : shard.Owns, progress: progress, ct: ct);
        return read.Map(r => (r.Latest, r.Inputs));
    }

    private static string StrictFailure(Accounting accounting) =>
        "--strict: the input has rejected rows: " + string.Join("; ",
            accounting.Lines.Filter(l => l.Outcome == Outcome.Rejected).Map(l => $"{l.Table.FileName()}: {l.Rows:N0} {l.ReasonText}"));

    private static double Lap(Stopwatch clock)
    {
        var seconds = Math.Round(clock.Elapsed.TotalSeconds, 3);
        clock.Restart();
        return seconds;
    }
}
