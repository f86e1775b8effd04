using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Tests.Outputs;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.WriterMatrix;

/// <summary>What a <c>score --out</c> run of a dataset wrote that must not depend on who wrote the dataset (the result files' bytes, the accounting and the warnings), and the files it read.</summary>
public sealed record ScoredOutputs(
    byte[] Summary, byte[] Scorecard, byte[] Evidence, byte[] Rejects, Accounting Accounting, Seq<string> Warnings, IReadOnlyList<InputFileRecord> Inputs)
{
    /// <summary>Scores <paramref name="data"/> as <c>score --data … --out …</c> does, into a folder removed afterwards.</summary>
    public static async Task<ScoredOutputs> OfAsync(string data)
    {
        var output = Path.Combine(Path.GetTempPath(), "fs-writer-matrix-" + Guid.NewGuid().ToString("N"));
        try
        {
            var request = new ScoreRequest(data, BuiltInRuleSets.Default, None, Some(Allowed.Folder(output, data)));
            var outcome = (await ScoreJob.RunAsync(request)).IfLeft(message => throw new InvalidOperationException(message));
            byte[] Bytes(string file) => File.ReadAllBytes(Path.Combine(output, file));
            return new ScoredOutputs(Bytes("summary.parquet"), Bytes("scorecard.parquet"), Bytes("evidence.parquet"), Bytes("rejects.parquet"), outcome.Run.Accounting, outcome.Run.Warnings, outcome.Record.Inputs);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
