using System.Security.Cryptography;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Shell.Outputs;
using LanguageExt;
using Microsoft.Data.Analysis;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Merging;

/// <summary>
/// The outputs of one <c>score --shard K/N</c> run, read back. Rejects are the same in every shard (each reads
/// the whole dataset), so only their digest is kept here; the merge reads one shard's rejects in full.
/// </summary>
public sealed record ShardOutput(string Folder, RunRecord Record, Option<Shard> Shard, DataFrame Summary, DataFrame Scorecard, DataFrame Evidence, string RejectsDigest)
{
    public static readonly Seq<string> Files = Seq("summary.parquet", "scorecard.parquet", "evidence.parquet", "rejects.parquet", "run.json");

    public string RejectsPath => Path.Combine(Folder, "rejects.parquet");

    /// <summary>Reads the run record and the partner tables of <paramref name="folder"/>.</summary>
    public static async Task<Either<MergeError, ShardOutput>> LoadAsync(string folder, CancellationToken ct = default)
    {
        if (!Directory.Exists(folder))
        {
            return MergeError.MissingFolder(folder);
        }

        var missing = Files.Find(f => !File.Exists(Path.Combine(folder, f)));
        if (missing.Case is string file)
        {
            return MergeError.MissingFile(folder, file);
        }

        var record = await RunRecordFile.ReadAsync(Path.Combine(folder, "run.json"), ct);
        var summary = await Read(record, folder, "summary.parquet", record.Map(r => OutputFiles.SummarySchemaFor(r.QualificationWindowMonths ?? 1)).IfLeft(OutputFiles.SummarySchema), ct);
        var scorecard = await Read(summary, folder, "scorecard.parquet", OutputFiles.ScorecardSchema, ct);
        var evidence = await Read(scorecard, folder, "evidence.parquet", OutputFiles.EvidenceSchema, ct);
        var digest = evidence.IsLeft ? "" : await DigestAsync(Path.Combine(folder, "rejects.parquet"), ct);
        return
            from r in record
            from s in summary
            from c in scorecard
            from e in evidence
            select new ShardOutput(folder, r, Optional(r.Shard).Bind(Core.Evaluation.Shard.Parse), s, c, e, digest);
    }

    /// <summary>Reads one file unless an earlier step already failed: the first error is the one reported.</summary>
    private static async Task<Either<MergeError, DataFrame>> Read<T>(
        Either<MergeError, T> before, string folder, string file, Seq<Parquet.OutputColumn> schema, CancellationToken ct) =>
        before.Case is MergeError error ? error : await OutputFileReader.ReadAsync(Path.Combine(folder, file), schema, ct);

    private static async Task<string> DigestAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexString(await SHA256.HashDataAsync(stream, ct));
    }
}
