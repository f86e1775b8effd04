using System.Text.Json;

namespace FunctionalScoring.Shell.Outputs;

/// <summary>What a command leaves in the folders it writes, so a later run knows the folder is its own to replace.</summary>
public enum OutputKind
{
    /// <summary>score and merge: <c>run.json</c>, the run record.</summary>
    RunOutputs,

    /// <summary>generate: <c>generated.json</c>, what the dataset was generated with.</summary>
    GeneratedDataset,
}

/// <summary>
/// The mark of this tool in a folder it wrote: a JSON file whose <c>tool</c> is <see cref="ToolInfo.Name"/>.
/// Only such a folder (or an empty one) may be replaced by a later run (<see cref="OutputTarget"/>).
/// </summary>
public static class ToolMarker
{
    public const string RunRecordFile = "run.json";

    public const string GeneratedFile = "generated.json";

    public static string FileOf(OutputKind kind) => kind == OutputKind.RunOutputs ? RunRecordFile : GeneratedFile;

    /// <summary>Whether <paramref name="folder"/> holds this tool's mark for <paramref name="kind"/>.</summary>
    public static bool IsOnFolder(string folder, OutputKind kind)
    {
        var file = Path.Combine(folder, FileOf(kind));
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && (IsOurs(root) || (kind == OutputKind.RunOutputs && IsEarlyRunRecord(root)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return false;
        }
    }

    private static bool IsOurs(JsonElement root) =>
        root.TryGetProperty("tool", out var tool) && tool.ValueKind == JsonValueKind.String && tool.GetString() == ToolInfo.Name;

    /// <summary>Run records written before the mark existed: no <c>tool</c>, but this tool's version and rule-set hash (R26).</summary>
    private static bool IsEarlyRunRecord(JsonElement root) =>
        !root.TryGetProperty("tool", out _)
        && root.TryGetProperty("tool_version", out var version) && version.ValueKind == JsonValueKind.String
        && root.TryGetProperty("rule_set_hash", out var hash) && hash.ValueKind == JsonValueKind.String;
}
