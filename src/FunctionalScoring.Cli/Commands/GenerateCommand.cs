using System.CommandLine;
using System.Diagnostics;
using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Outputs;
using Spectre.Console;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Cli.Commands;

/// <summary><c>generate</c>: a deterministic synthetic dataset of realistic shape, for samples, tests and benchmarks.</summary>
public static class GenerateCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var output = new Option<string>("--out") { Description = "The dataset folder to write, replaced atomically: a new or empty folder, or one an earlier generate wrote (generated.json).", Required = true };
        var partners = new Option<int>("--partners") { Description = "How many partners (N).", Required = true };
        var seed = new Option<long>("--seed") { Description = "Seed of the generator: the same arguments always give byte-identical files.", DefaultValueFactory = _ => 1 };
        var months = new Option<int>("--months") { Description = "Months of usage history ending at --as-of; 13 or more cover the whole window (R2).", DefaultValueFactory = _ => 30 };
        var tenants = new Option<int>("--tenants-per-partner") { Description = "Average tenants per partner (T); partners × T tenants in all, some shared by several partners.", DefaultValueFactory = _ => 20 };
        var workloads = new Option<int>("--workloads") { Description = $"Workloads per tenant (W, 1–{GeneratorOptions.MaxWorkloads}), a few of them not eligible. Usage rows ≈ N × T × W × months.", DefaultValueFactory = _ => 8 };
        var rowGroupSize = new Option<int?>("--row-group-size") { Description = $"Rows per Parquet row group. Default: about 8 row groups per table, at most {GeneratorOptions.MaxAutoRowGroupSize:N0} rows each." };
        var partFiles = new Option<int>("--part-files") { Description = "Write usage as a folder usage/ of this many part files, each holding whole months (1: one usage.parquet).", DefaultValueFactory = _ => 1 };
        var asOf = new Option<string>("--as-of") { Description = $"The last usage month YYYY-MM, the default as-of month of a score run (R2). Default: {GeneratorOptions.DefaultAsOf}." };
        var badRows = new Option<bool>("--bad-rows") { Description = "Plant R28 rejects (about 0.1% of rows, at least one of each kind real exports carry): --bad-rows false for a clean dataset.", DefaultValueFactory = _ => true };
        var command = new Command("generate", "Write a deterministic synthetic dataset (associations, usage, certifications, partners) as multi-row-group Parquet files, streamed in bounded memory.")
        {
            output, partners, seed, months, tenants, workloads, rowGroupSize, partFiles, asOf, badRows,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new GeneratorOptions(
                parse.GetValue(partners),
                parse.GetValue(seed),
                parse.GetValue(months),
                parse.GetValue(tenants),
                parse.GetValue(workloads),
                Optional(parse.GetValue(rowGroupSize)),
                parse.GetValue(partFiles),
                CommonOptions.ParseAsOf(parse.GetValue(asOf)),
                parse.GetValue(badRows));
            var problems = options.Problems();
            if (!problems.IsEmpty)
            {
                throw new UserFacingException(string.Join("; ", problems), ExitCodes.UsageError);
            }

            var folder = CommonOptions.OutputFolder("--out", parse.GetValue(output)!, OutputKind.GeneratedDataset);
            var clock = Stopwatch.StartNew();
            GeneratedDataset? dataset = null;
            Task Write() => AtomicFolder.WriteAsync(folder, async staging =>
            {
                dataset = await SyntheticDataset.WriteAsync(options, staging, ct);
                await GeneratedRecord.Of(options).WriteAsync(staging, ct);
            });
            if (console.Profile.Capabilities.Interactive)
            {
                await console.Status().StartAsync($"Generating {options.NominalUsageRows:N0} usage rows at most…", _ => Write());
            }
            else
            {
                await Write();
            }

            Report(console, options, dataset!, folder.Path, clock.Elapsed);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <remarks>The dataset was written in a staging folder since moved to <paramref name="folder"/>: files are named relative to it.</remarks>
    private static void Report(IAnsiConsole console, GeneratorOptions options, GeneratedDataset dataset, string folder, TimeSpan elapsed)
    {
        var table = new Table().Title("Generated").AddColumns("table", "files", "rows", "row groups", "planted rejects", "size");
        foreach (var t in dataset.Tables)
        {
            var files = string.Join("\n", t.Files.Map(f => Path.GetRelativePath(dataset.Directory, f)));
            table.AddRow(t.Table, Markup.Escape(files), t.Rows.ToString("N0"), t.RowGroups.ToString("N0"), t.DefectiveRows.ToString("N0"), Size(t.Bytes));
        }

        table.AddRow("[bold]total[/]", "", dataset.Tables.Sum(t => t.Rows).ToString("N0"), dataset.Tables.Sum(t => t.RowGroups).ToString("N0"),
            dataset.Tables.Sum(t => t.DefectiveRows).ToString("N0"), Size(dataset.Bytes));
        console.Write(table);
        console.MarkupLine($"Wrote [bold]{Markup.Escape(folder)}[/] in {elapsed.TotalSeconds:0.0} s: seed {options.Seed}, usage {options.FirstMonth}..{options.LastMonth} (default as-of month {options.LastMonth}).");
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1 << 20 => $"{bytes / 1024.0:0.0} KiB",
        < 1 << 30 => $"{bytes / (1024.0 * 1024):0.0} MiB",
        _ => $"{bytes / (1024.0 * 1024 * 1024):0.00} GiB",
    };
}
