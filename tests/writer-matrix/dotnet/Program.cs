using System.Reflection;
using FunctionalScoring.WriterMatrix;

// The .NET half of tests/writer-matrix/regenerate: see its header for the order of the steps.
return args switch
{
    ["unicode", var source, var target] => Unicode(source, target),
    ["arrow", var fixtures] => Arrow(fixtures),
    ["duckdb", var fixtures] => DuckDb(fixtures),
    ["report", var fixtures] => await ReportAsync(fixtures),
    _ => Usage(),
};

static int Unicode(string source, string target)
{
    // The reference of the non-ASCII fixtures: Arrow C++'s plainest file (PLAIN, uncompressed, data page v1).
    var plain = new ArrowSetting("plain-uncompressed", "", (_, b) => b.DisableDictionary().Compression(ParquetSharp.Compression.Uncompressed), new());
    ArrowWriter.Write(UnicodeDataset.Of(Dataset.Read(source)), plain, target);
    new FixtureMark("Arrow C++ (ParquetSharp)", Version(typeof(ParquetSharp.ParquetFileWriter)), "plain-uncompressed",
        "the base dataset with non-ASCII tenant ids, person ids and partner names; PLAIN, uncompressed", "base-unicode", "files",
        new("v1", "UNCOMPRESSED", "PLAIN", "PLAIN", "PLAIN")).Write(target);
    return 0;
}

static int Arrow(string fixtures)
{
    var version = Version(typeof(ParquetSharp.ParquetFileWriter));
    foreach (var (baseName, prefix, settings) in new[]
    {
        ("base", "arrow-", ArrowSettings.All),
        ("base-unicode", "unicode-arrow-", ArrowSettings.All.Where(s => ArrowSettings.ForUnicode.Contains(s.Name)).ToArray()),
    })
    {
        var tables = Dataset.Read(Path.Combine(fixtures, baseName));
        foreach (var setting in settings)
        {
            var folder = Path.Combine(fixtures, prefix + setting.Name);
            ArrowWriter.Write(tables, setting, folder);
            new FixtureMark("Arrow C++ (ParquetSharp)", version, setting.Name, setting.Description, baseName, "files", setting.Expect).Write(folder);
        }
    }

    return 0;
}

static int DuckDb(string fixtures)
{
    var version = $"{Version(typeof(DuckDB.NET.Data.DuckDBConnection))}, DuckDB {DuckDbWriter.Version()}";
    foreach (var (baseName, prefix, settings) in new[]
    {
        ("base", "duckdb-", DuckDbWriter.All),
        ("base-unicode", "unicode-duckdb-", DuckDbWriter.All.Where(s => DuckDbWriter.ForUnicode.Contains(s.Name)).ToArray()),
    })
    {
        foreach (var setting in settings)
        {
            var folder = Path.Combine(fixtures, prefix + setting.Name);
            DuckDbWriter.Write(Path.Combine(fixtures, baseName), setting, folder);
            new FixtureMark("DuckDB (DuckDB.NET)", version, setting.Name, setting.Description, baseName, setting.Hive ? "hive" : "files", setting.Expect).Write(folder);
        }
    }

    return 0;
}

static async Task<int> ReportAsync(string fixtures)
{
    var (readme, broken) = await Report.MakeAsync(fixtures);
    await File.WriteAllTextAsync(Path.Combine(fixtures, "README.md"), readme);
    broken.ForEach(problem => Console.Error.WriteLine($"error: {problem}"));
    return broken.Count == 0 ? 0 : 1;
}

static string Version(Type type) =>
    type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] is { } v
        ? $"{type.Assembly.GetName().Name} {v}"
        : type.Assembly.GetName().ToString();

static int Usage()
{
    Console.Error.WriteLine("usage: WriterMatrix unicode BASE TARGET | arrow FIXTURES | duckdb FIXTURES | report FIXTURES");
    return 2;
}
