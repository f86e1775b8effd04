using FunctionalScoring.Core;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Tests.Parquet;
using LanguageExt;

namespace FunctionalScoring.Shell.Tests.Generation;

/// <summary>A generated dataset in a folder of its own, loaded and scored under the default rule set.</summary>
public sealed record Scored(GeneratedDataset Dataset, LoadedDataset Loaded, RunResult Run);

/// <summary>Small datasets for tests: generate, load (no window: every row group is read), score.</summary>
public static class GeneratedData
{
    public static readonly string[] Tables = ["associations", "usage", "certifications", "partners"];

    /// <summary>A few hundred usage rows a partner, several row groups per table.</summary>
    public static GeneratorOptions Small(long seed = 1, bool badRows = true) =>
        new(Partners: 6, Seed: seed, Months: 18, TenantsPerPartner: 6, Workloads: 5, RowGroupSize: Prelude.Some(40), BadRows: badRows);

    public static Task<GeneratedDataset> WriteAsync(GeneratorOptions options, TempFolder folder) =>
        SyntheticDataset.WriteAsync(options, folder.Path);

    public static async Task<Scored> ScoreAsync(GeneratorOptions options, TempFolder folder)
    {
        var dataset = await WriteAsync(options, folder);
        var loaded = (await DatasetLoader.LoadAsync(folder.Path)).IfLeft(e => throw new InvalidOperationException(e.Message));
        var run = Scoring.Run(BuiltInRuleSets.Default, loaded.Raw).IfLeft(e => throw new InvalidOperationException(e.Message));
        return new Scored(dataset, loaded, run);
    }

    /// <summary>For properties, which are synchronous: generate, load and score in a folder removed afterwards.</summary>
    public static Scored Score(GeneratorOptions options)
    {
        using var folder = new TempFolder();
        return Task.Run(() => ScoreAsync(options, folder)).GetAwaiter().GetResult();
    }

    /// <summary>Every file of a generated dataset, relative to its folder, with its bytes.</summary>
    public static Map<string, byte[]> Files(GeneratedDataset dataset) =>
        dataset.Tables.Bind(t => t.Files).Map(f => (Path.GetRelativePath(dataset.Directory, f), File.ReadAllBytes(f))).ToMap();
}
