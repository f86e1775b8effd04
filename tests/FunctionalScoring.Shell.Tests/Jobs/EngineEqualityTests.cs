using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Shell.Generation;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Tests.Conformance;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Jobs;

/// <summary>
/// The streaming engine (row groups, window pruning, associated tenants only) is a performance
/// trick: it must write byte-identical outputs to the batch engine, which applies the core's
/// checks to the whole table.
/// </summary>
public sealed class EngineEqualityTests : IDisposable
{
    private static readonly string[] OutputFiles = ["summary.parquet", "scorecard.parquet", "evidence.parquet", "rejects.parquet"];
    private readonly string root = Path.Combine(Path.GetTempPath(), "fs-engines-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("clean", null)]
    [InlineData("bad", null)]
    [InlineData("plain", null)]
    [InlineData("dense", null)]
    [InlineData("bad", "2025-03")]
    [InlineData("clean", "2024-12")]
    public async Task Streaming_and_batch_engines_write_identical_outputs(string name, string? asOf) =>
        await AssertEnginesAgree(ConformanceCases.Data(name), asOf is null ? None : Month.Parse(asOf));

    [Theory]
    [InlineData(1, 1, 3_000)]
    [InlineData(2, 3, 1_000)]
    [InlineData(3, 2, 777)]
    public async Task Streaming_and_batch_engines_agree_on_generated_data_in_parts_and_row_groups(long seed, int parts, int rowGroupSize)
    {
        var data = Path.Combine(root, "data");
        await SyntheticDataset.WriteAsync(new GeneratorOptions(Partners: 15, Seed: seed, TenantsPerPartner: 6, Workloads: 5, RowGroupSize: rowGroupSize, PartFiles: parts), data);
        await AssertEnginesAgree(data, None);
    }

    private async Task AssertEnginesAgree(string data, LanguageExt.Option<Month> month)
    {
        foreach (var engine in new[] { Engine.Streaming, Engine.Batch })
        {
            var request = new ScoreRequest(data, BuiltInRuleSets.Default, month, Some(Path.Combine(root, engine.ToString())), Engine: engine);
            (await ScoreJob.RunAsync(request)).IfLeft(message => throw new InvalidOperationException(message));
        }

        foreach (var file in OutputFiles)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(root, "Streaming", file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(root, "Batch", file))),
                $"{file} differs between the streaming and the batch engine");
        }
    }
}
