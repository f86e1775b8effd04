using FunctionalScoring.Core;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Tests.Conformance;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Jobs;

/// <summary>
/// One engine, two ways to feed it: <c>score</c> streams the usage table row group by row group
/// through the core's fold (window pruning, associated tenants' cells only); the library reads the
/// whole table and folds it as one batch. Same rows, same results, accounting and rejections.
/// </summary>
public sealed class EngineEqualityTests : IDisposable
{
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
    public async Task Streamed_row_groups_and_a_whole_table_give_the_same_run(string name, string? asOf) =>
        await AssertSameRun(ConformanceCases.Data(name), asOf is null ? None : Month.Parse(asOf));

    [Theory]
    [InlineData(1, 1, 3_000)]
    [InlineData(2, 3, 1_000)]
    [InlineData(3, 2, 777)]
    public async Task Streamed_row_groups_and_a_whole_table_agree_on_generated_data_in_parts_and_row_groups(long seed, int parts, int rowGroupSize)
    {
        var data = Path.Combine(root, "data");
        await SyntheticDataset.WriteAsync(new GeneratorOptions(Partners: 15, Seed: seed, TenantsPerPartner: 6, Workloads: 5, RowGroupSize: rowGroupSize, PartFiles: parts), data);
        await AssertSameRun(data, None);
    }

    private static async Task AssertSameRun(string data, LanguageExt.Option<Month> month)
    {
        var rules = BuiltInRuleSets.Default;
        var streamed = (await ScoreJob.RunAsync(new ScoreRequest(data, rules, month, None))).IfLeft(message => throw new InvalidOperationException(message)).Run;
        var whole = (await DatasetLoader.LoadAsync(data)).IfLeft(e => throw new InvalidOperationException(e.Message));
        var batch = Scoring.Run(rules, whole.Raw, month).IfLeft(e => throw new InvalidOperationException(e.Message));

        Assert.Equal(batch.Partners.ToArray(), streamed.Partners.ToArray());
        Assert.Equal(batch.Accounting.Lines.ToArray(), streamed.Accounting.Lines.ToArray());
        Assert.Equal(batch.Rejections.ToArray(), streamed.Rejections.ToArray());
        Assert.Equal(batch.Warnings.ToArray(), streamed.Warnings.ToArray());
    }
}
