using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Merging;
using FunctionalScoring.Shell.Tests.CommandLine;
using FunctionalScoring.Shell.Tests.Conformance;
using FunctionalScoring.Shell.Tests.Parquet;
using Microsoft.Data.Analysis;
using Xunit.Sdk;

namespace FunctionalScoring.Shell.Tests.History;

/// <summary>
/// <c>history --out</c> over the dense conformance case (twelve months to 2025-06), once for every test that reads its files:
/// under modern-work-2023 and under modern-work-2023-09 (R32's six-month window).
/// </summary>
public sealed class DenseHistory : IAsyncLifetime
{
    private readonly TempFolder folder = new();

    public string Out => Path.Combine(folder.Path, "modern-work-2023");

    public string WindowOut => Path.Combine(folder.Path, "modern-work-2023-09");

    public string Console { get; private set; } = "";

    public string WindowConsole { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Console = await Run("modern-work-2023", Out);
        WindowConsole = await Run("modern-work-2023-09", WindowOut);
    }

    public static async Task<DataFrame> ReadAsync(string folder, string file, LanguageExt.Seq<Shell.Parquet.OutputColumn> schema) =>
        (await OutputFileReader.ReadAsync(Path.Combine(folder, file), schema)).IfLeft(e => throw new XunitException(e.ToString()));

    public Task<DataFrame> History() => ReadAsync(Out, "history.parquet", HistoryOutputs.HistorySchema);

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<string> Run(string rules, string output)
    {
        var (exit, text, _) = await CliRunner.RunAsync("history", "--data", ConformanceCases.Data("dense"), "--rules", rules, "--out", output);
        return exit == 0 ? text : throw new XunitException($"history --rules {rules} failed ({exit}):\n{text}");
    }
}
