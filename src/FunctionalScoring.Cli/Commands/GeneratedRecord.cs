using System.Text.Json;
using System.Text.Json.Serialization;
using FunctionalScoring.Generation;
using FunctionalScoring.Shell;
using FunctionalScoring.Shell.Outputs;

namespace FunctionalScoring.Cli.Commands;

/// <summary>
/// <c>generated.json</c>, beside the tables <c>generate</c> writes: this tool's mark (<see cref="ToolMarker"/>), so a
/// later <c>generate --out</c> may replace the folder, and the options that regenerate the same bytes.
/// No clock and no version: the same options give the same file.
/// </summary>
public sealed record GeneratedRecord(
    int Partners, long Seed, int Months, int TenantsPerPartner, int Workloads, int? RowGroupSize, int PartFiles, string AsOf, bool BadRows)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    [JsonPropertyOrder(-1)]
    public string Tool => ToolInfo.Name;

    public static GeneratedRecord Of(GeneratorOptions o) =>
        new(o.Partners, o.Seed, o.Months, o.TenantsPerPartner, o.Workloads, o.RowGroupSize.MatchUnsafe(size => (int?)size, () => null), o.PartFiles, o.LastMonth.ToString(), o.BadRows);

    public Task WriteAsync(string folder, CancellationToken ct) =>
        File.WriteAllTextAsync(Path.Combine(folder, ToolMarker.GeneratedFile), JsonSerializer.Serialize(this, Options) + "\n", ct);
}
