using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using FunctionalScoring.Baseline;

// The DuckDB baseline: fills bench/baseline.sql's placeholders, runs it, writes the summary CSV.
if (args.Length == 3 && args[0] == "compare")
{
    return Compare.Run(args[1], args[2]);
}

if (args.Length > 0 && args[0] == "reorder")
{
    return Reorder.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "busiest-partner")
{
    return BusiestPartner.Run(args[1..]);
}

Options options;
try
{
    options = Options.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

var sqlDir = AppContext.BaseDirectory;
// A built-in rule set by id, or a rule-set file of the same shape as bench/rulesets/*.sql.
var rulesFile = File.Exists(options.Rules) ? options.Rules : Path.Combine(sqlDir, "rulesets", options.Rules + ".sql");
if (!File.Exists(rulesFile))
{
    Console.Error.WriteLine($"unknown rule set '{options.Rules}' (no {rulesFile})");
    return 2;
}

var sources = new List<Source>();
foreach (var table in Sources.Required.Append("partners"))
{
    var source = Sources.Resolve(options.Data, table);
    if (source is null && table != "partners")
    {
        var where = Path.Combine(options.Data, table);
        Console.Error.WriteLine($"R27: missing table {table}: neither {where}.parquet nor a folder {where}/ of part files");
        return 1;
    }

    sources.Add(source ?? Sources.NoPartners);
}

var script = File.ReadAllText(Path.Combine(sqlDir, "baseline.sql"))
    .Replace("{{ruleset}}", File.ReadAllText(rulesFile), StringComparison.Ordinal)
    .Replace("{{asof}}", options.AsOf is { } m ? $"DATE '{m:yyyy-MM}-01'" : "NULL", StringComparison.Ordinal);
foreach (var source in sources)
{
    script = script.Replace("{{" + source.Table + "}}", source.Relation, StringComparison.Ordinal);
}

if (options.EmitSql is { } emit)
{
    File.WriteAllText(emit, script);
    return 0;
}

var total = Stopwatch.StartNew();
using var connection = new DuckDBConnection("DataSource=:memory:");
connection.Open();

// R27: checked on the Parquet metadata before anything is computed.
var problems = sources.Where(s => s != Sources.NoPartners)
    .SelectMany(s => SchemaCheck.Problems(connection, s)).ToList();
if (problems.Count > 0)
{
    problems.ForEach(p => Console.Error.WriteLine("R27: " + p));
    return 1;
}

var checkTime = total.Elapsed;
var runs = new List<TimeSpan>();
var cpus = new List<TimeSpan>();
var results = new List<(string[] Header, List<string[]> Rows)>();
try
{
    for (var run = 0; run < options.Repeat; run++)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        using var command = connection.CreateCommand();
        command.CommandText = script;
        using var reader = command.ExecuteReader();
        results.Clear();
        do
        {
            if (reader.FieldCount > 0)
            {
                results.Add(Csv.Read(reader));
            }
        }
        while (reader.NextResult());

        watch.Stop();
        runs.Add(watch.Elapsed);
        cpus.Add(Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }
}
catch (DuckDBException e)
{
    // e.g. R2's "no as-of month": the script stops with error(); nothing is written.
    Console.Error.WriteLine(e.Message);
    return 1;
}

var info = Find(results, "baseline_has_usage");
var summary = Find(results, "reported_path");
var scorecard = Find(results, "extra_to_close");
Console.WriteLine($"rule set {options.Rules}, as of {info.Rows[0][0]}, baseline {info.Rows[0][1]}, {summary.Rows.Count} partners");
if (!bool.Parse(info.Rows[0][2]))
{
    Console.WriteLine($"warning (R2): the usage has no rows for the baseline month {info.Rows[0][1]} (less than 13 months of history)");
}

if (options.Out is { } outFile)
{
    File.WriteAllText(outFile, Csv.Render(summary.Header, summary.Rows));
}

if (options.Scorecard is { } cardFile)
{
    File.WriteAllText(cardFile, Csv.Render(scorecard.Header, scorecard.Rows));
}

var ms = (TimeSpan t) => t.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
Console.WriteLine(
    $"elapsed: script {ms(runs[0])} ms (first run)" +
    (runs.Count > 1 ? $", best of {runs.Count} {ms(runs.Min())} ms, median {ms(runs.Order().ElementAt(runs.Count / 2))} ms" : string.Empty) +
    $"; cpu (all threads) {ms(cpus[0])} ms first, {ms(cpus.Min())} ms least" +
    $"; schema check {ms(checkTime)} ms; total {ms(total.Elapsed)} ms");
return 0;

static (string[] Header, List<string[]> Rows) Find(List<(string[] Header, List<string[]> Rows)> results, string column) =>
    results.Last(r => r.Header.Contains(column));
