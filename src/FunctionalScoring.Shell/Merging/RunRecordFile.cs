using System.Text.Json;
using FunctionalScoring.Shell.Outputs;
using LanguageExt;

namespace FunctionalScoring.Shell.Merging;

/// <summary>Reads a <c>run.json</c> back into the <see cref="RunRecord"/> it was written from.</summary>
public static class RunRecordFile
{
    // The names RunRecord.ToJson writes.
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task<Either<MergeError, RunRecord>> ReadAsync(string path, CancellationToken ct = default)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            var record = await JsonSerializer.DeserializeAsync<RunRecord>(stream, Options, ct);
            return record is { RuleSetHash: not null, AsOfMonth: not null, Tables: not null, Inputs: not null, Warnings: not null }
                ? record
                : MergeError.Unreadable(path, "not a run record (rule set, as-of month, inputs or tables missing)");
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return MergeError.Unreadable(path, e.Message);
        }
    }
}
