using System.Text.Json;

namespace FunctionalScoring.Shell.Tests.WriterMatrix;

/// <summary>One folder of <c>tests/writer-matrix/fixtures</c>: the base dataset it re-writes and its layout, from its <c>fixture.json</c>.</summary>
public sealed record WriterFixture(string Name, string Base, string Layout)
{
    public string Folder => Path.Combine(WriterFixtures.Root, Name);

    public string BaseFolder => Path.Combine(WriterFixtures.Root, Base);
}

/// <summary>
/// The committed writer matrix (<c>tests/writer-matrix/regenerate</c> makes it): the same dataset re-written by
/// Arrow C++, DuckDB, Polars, arrow-rs and parquetjs under many settings, read where it lies in the repository.
/// </summary>
public static class WriterFixtures
{
    /// <summary>The datasets every other fixture re-writes: they are the references, not cases.</summary>
    public static readonly string[] Bases = ["base", "base-unicode"];

    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FunctionalScoring.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("repository root not found"), "tests", "writer-matrix", "fixtures");
        }
    }

    public static IReadOnlyList<WriterFixture> All() =>
        [.. Directory.GetDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(name => Read(name!))];

    /// <summary>Every fixture in one <paramref name="layout"/>, bases left out, as xUnit theory rows.</summary>
    public static TheoryData<string> Named(string layout)
    {
        var data = new TheoryData<string>();
        foreach (var fixture in All().Where(f => f.Layout == layout && !Bases.Contains(f.Name)))
        {
            data.Add(fixture.Name);
        }

        return data;
    }

    public static WriterFixture Read(string name)
    {
        using var mark = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, name, "fixture.json")));
        return new WriterFixture(name, mark.RootElement.GetProperty("base").GetString()!, mark.RootElement.GetProperty("layout").GetString()!);
    }
}
