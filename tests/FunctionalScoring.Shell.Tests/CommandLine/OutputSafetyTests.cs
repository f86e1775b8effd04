using System.Diagnostics;
using System.Security.Cryptography;

namespace FunctionalScoring.Shell.Tests.CommandLine;

/// <summary>
/// Issue 10: no command may destroy a user's data. Every command that writes is pointed at the dataset, at a
/// folder holding it, at a folder inside it, at the current folder and at someone else's folder: each is
/// refused with exit 2 and a message on stderr, and every byte under the test's root is still there.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly SmallDataset dataset = new();

    public OutputSafetyTests()
    {
        File.WriteAllText(Path.Combine(dataset.Root, "notes.txt"), "the user's notes, beside the dataset");
        File.WriteAllText(Path.Combine(dataset.Root, "costs.json"), """{ "tenant": 2 }""");
        Directory.CreateDirectory(Path.Combine(dataset.Root, "mine"));
        File.WriteAllText(Path.Combine(dataset.Root, "mine", "thesis.tex"), "years of work");
    }

    public void Dispose() => dataset.Dispose();

    [Theory]
    [InlineData("is an input of this command", "score", "--data", "{data}", "--out", "{data}")]
    [InlineData("is an input of this command", "score", "--data", "{data}", "--out", "{data}/")]
    [InlineData("is an input of this command", "score", "--data", "{data}", "--out", "{root}/link-to-data")]
    [InlineData("holds the input", "score", "--data", "{data}", "--out", "{root}")]
    [InlineData("holds the input", "score", "--data", "{data}", "--out", "{data}/..")]
    [InlineData("lies inside the input folder", "score", "--data", "{data}", "--out", "{data}/out")]
    [InlineData("holds the input", "score", "--data", "{data}", "--rules", "{root}/mine/rules.json", "--out", "{root}/mine")]
    [InlineData("was not written by this command", "score", "--data", "{data}", "--out", "{root}/mine")]
    [InlineData("is a file", "score", "--data", "{data}", "--out", "{root}/notes.txt")]
    [InlineData("is an input of this command", "history", "--data", "{data}", "--out", "{data}")]
    [InlineData("holds the input", "history", "--data", "{data}", "--out", "{root}")]
    [InlineData("is an input of this command", "history", "--data", "{data}", "--costs", "{root}/costs.json", "--out", "{root}/costs.json")]
    [InlineData("was not written by this command", "history", "--data", "{data}", "--out", "{root}/mine")]
    [InlineData("is an input of this command", "report", "--data", "{data}", "--out", "{data}")]
    [InlineData("lies inside the input folder", "report", "--data", "{data}", "--out", "{data}/report.html")]
    [InlineData("is an input of this command", "report", "--data", "{data}", "--costs", "{root}/costs.json", "--out", "{root}/costs.json")]
    [InlineData("is a folder", "report", "--data", "{data}", "--out", "{root}/mine")]
    [InlineData("lies inside the input folder", "plan", "--data", "{data}", "--out", "{data}/usage.parquet")]
    [InlineData("is an input of this command", "plan", "--data", "{data}", "--out", "{data}")]
    [InlineData("lies inside the input folder", "plan", "--data", "{data}", "--partner", "P1", "--scenario-out", "{data}/usage.parquet")]
    [InlineData("holds the input", "merge", "--out", "{root}", "{root}/shard-1", "{root}/shard-2")]
    [InlineData("is an input of this command", "merge", "--out", "{root}/shard-1", "{root}/shard-1", "{root}/shard-2")]
    [InlineData("was not written by this command", "generate", "--out", "{data}", "--partners", "2")]
    [InlineData("was not written by this command", "generate", "--out", "{root}", "--partners", "2")]
    [InlineData("was not written by this command", "generate", "--out", "{root}/shard-1", "--partners", "2")]
    public async Task An_output_that_would_destroy_data_is_refused_and_every_byte_stays(string message, params string[] args)
    {
        File.CreateSymbolicLink(Path.Combine(dataset.Root, "link-to-data"), dataset.Data);
        await ScoreShards();
        File.WriteAllText(Path.Combine(dataset.Root, "mine", "rules.json"), "{}");
        var before = Snapshot(dataset.Root);

        var (exit, output, errors) = await CliRunner.RunAsync([.. args.Select(Fill)]);

        Assert.Equal((2, ""), (exit, output));
        Assert.Contains(message, errors);
        Assert.StartsWith("error: --", errors);
        Assert.Equal(before, Snapshot(dataset.Root));
    }

    [Theory]
    [InlineData("score", "--data", "{data}", "--out", ".")]
    [InlineData("score", "--data", "{data}", "--out", "..")]
    [InlineData("history", "--data", "{data}", "--out", ".")]
    [InlineData("merge", "--out", ".", "{root}/shard-1", "{root}/shard-2")]
    [InlineData("generate", "--out", ".", "--partners", "2")]
    [InlineData("generate", "--out", "/", "--partners", "2")]
    public async Task The_current_folder_and_the_root_are_never_replaced(params string[] args)
    {
        await ScoreShards();
        var current = Directory.GetCurrentDirectory();
        var before = Snapshot(current, recursive: false);

        var (exit, output, errors) = await CliRunner.RunAsync([.. args.Select(Fill)]);

        Assert.Equal((2, ""), (exit, output));
        Assert.Matches("is or holds the current folder|is the root of a file system|is or holds your home folder", errors);
        Assert.Equal(before, Snapshot(current, recursive: false));
    }

    [Fact]
    public async Task An_earlier_run_output_is_replaced_and_a_generated_dataset_regenerated()
    {
        var generated = Path.Combine(dataset.Root, "generated");

        var first = await CliRunner.RunAsync("score", "--data", dataset.Data, "--out", dataset.Out);
        var second = await CliRunner.RunAsync("score", "--data", dataset.Data, "--out", dataset.Out);
        var made = await CliRunner.RunAsync("generate", "--out", generated, "--partners", "2", "--months", "13");
        var remade = await CliRunner.RunAsync("generate", "--out", generated, "--partners", "3", "--months", "13");

        Assert.Equal([(0, ""), (0, ""), (0, ""), (0, "")], new[] { first, second, made, remade }.Select(r => (r.ExitCode, r.Errors)));
        Assert.Contains("\"partners\": 3", File.ReadAllText(Path.Combine(generated, "generated.json")));
        Assert.Equal(["associations.parquet", "certifications.parquet", "generated.json", "partners.parquet", "usage.parquet"], Names(generated));
    }

    /// <summary>What a killed run leaves beside its output (AtomicFolder's names) goes on the next run; any other name stays.</summary>
    [Fact]
    public async Task Leftovers_of_a_killed_run_are_removed_by_the_next_run_and_nothing_else()
    {
        var hex = Guid.NewGuid().ToString("N");
        string[] leftovers = [$".out.tmp-{hex}/evidence.parquet.partial", $"out.old-{hex}/summary.parquet", $".report.html.tmp-{hex}", $".report.html.tmp-{hex}.partial"];
        string[] kept = ["out.old-keep/summary.parquet", $".other.tmp-{hex}/x", $".out.tmp-{hex[..31]}/x", $"out.old-{hex}-mine/x", $".out.tmp-{hex.ToUpperInvariant()}/x", "report.html.partial"];
        foreach (var path in leftovers.Concat(kept))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dataset.Root, path))!);
            File.WriteAllText(Path.Combine(dataset.Root, path), "left behind");
        }

        var score = await CliRunner.RunAsync("score", "--data", dataset.Data, "--out", dataset.Out);
        var report = await CliRunner.RunAsync("report", "--data", dataset.Data, "--out", Path.Combine(dataset.Root, "report.html"));

        Assert.Equal([(0, ""), (0, "")], new[] { score, report }.Select(r => (r.ExitCode, r.Errors)));
        Assert.All(leftovers, path => Assert.False(Path.Exists(Path.Combine(dataset.Root, path.Split('/')[0])), $"{path} is still there"));
        Assert.All(kept, path => Assert.True(File.Exists(Path.Combine(dataset.Root, path)), $"{path} was removed"));
    }

    /// <summary>
    /// The real thing: a <c>generate</c> process killed (SIGKILL) while it writes leaves its staging folder, and
    /// the next run writing the same folder removes it.
    /// </summary>
    [Fact]
    public async Task A_generate_killed_while_writing_leaves_a_staging_folder_that_the_next_run_removes()
    {
        var target = Path.Combine(dataset.Root, "big");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var cli = Path.Combine(AppContext.BaseDirectory, "functional-scoring.dll");
        using var process = Process.Start(new ProcessStartInfo(dotnet, [cli, "generate", "--out", target, "--partners", "300"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var staging = await StagingWithFilesAsync(".big.tmp-", process);
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        Assert.True(staging is not null && Directory.Exists(staging), "the killed run left no staging folder: it ended before it could be killed");
        Assert.False(Directory.Exists(target));

        var again = await CliRunner.RunAsync("generate", "--out", target, "--partners", "2", "--months", "13");

        Assert.Equal((0, ""), (again.ExitCode, again.Errors));
        Assert.Equal(["big"], Names(dataset.Root).Where(name => name.Contains("big", StringComparison.Ordinal)));
    }

    private async Task<string?> StagingWithFilesAsync(string prefix, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            var staging = Directory.EnumerateDirectories(dataset.Root, prefix + "*").FirstOrDefault(d => Directory.EnumerateFiles(d).Any());
            if (staging is not null)
            {
                return staging;
            }

            await Task.Delay(10);
        }

        return null;
    }

    private async Task ScoreShards()
    {
        foreach (var k in new[] { 1, 2 })
        {
            var shard = await CliRunner.RunAsync("score", "--data", dataset.Data, "--shard", $"{k}/2", "--out", Path.Combine(dataset.Root, $"shard-{k}"));
            Assert.True(shard.ExitCode == 0, shard.Errors);
        }
    }

    private string Fill(string arg) => arg.Replace("{data}", dataset.Data, StringComparison.Ordinal).Replace("{root}", dataset.Root, StringComparison.Ordinal);

    private static string[] Names(string folder) => [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>Every entry under a folder (links not followed) with the SHA-256 of each file's bytes.</summary>
    private static string[] Snapshot(string folder, bool recursive = true) =>
        [.. new DirectoryInfo(folder)
            .EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = recursive, AttributesToSkip = 0 })
            .Select(e => e is FileInfo { LinkTarget: null } file
                ? $"{Path.GetRelativePath(folder, e.FullName)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName)))}"
                : $"{Path.GetRelativePath(folder, e.FullName)}/ {e.LinkTarget}")
            .Order(StringComparer.Ordinal)];
}
