using System.Globalization;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Merging;
using FunctionalScoring.Shell.Tests.CommandLine;
using FunctionalScoring.Shell.Tests.Conformance;
using FunctionalScoring.Shell.Tests.Parquet;
using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Tests.History;

/// <summary><c>history</c> through the command line: its files read back with their declared types, against the conformance suite's expected history.</summary>
public sealed class HistoryCommandTests(DenseHistory dense) : IClassFixture<DenseHistory>
{
    private static readonly string Dense = ConformanceCases.Data("dense");

    private static readonly string[] Metrics = ["net_customer_adds", "intermediate_certifications", "advanced_certifications", "usage_growth", "deployments"];

    /// <summary>R31: one row per partner × month × path, each as a run as of that month gives it (expected_history.csv); as_of is a DATE (the reader checks the type).</summary>
    [Fact]
    public async Task History_parquet_holds_every_partner_month_and_path_as_the_expected_history_says()
    {
        var history = await dense.History();
        var expected = Csv.Read(ConformanceCases.Expected("dense", "modern-work-2023", "expected_history.csv")).SelectMany(r => new[]
        {
            string.Join(",", r["partner_id"], r["as_of"], "Enterprise", r["enterprise_total"], r["enterprise_qualified"], r["reported_path"] == "Enterprise" ? "true" : "false"),
            string.Join(",", r["partner_id"], r["as_of"], "SMB", r["smb_total"], r["smb_qualified"], r["reported_path"] == "SMB" ? "true" : "false"),
        });

        var actual = history.Rows.Select(r => string.Join(",", r["partner_id"], Month(r["as_of"]), r["path"], Points(r["total"]), Bool(r["qualified"]), Bool(r["reported"])));

        ConformanceLines.AssertSame(expected, actual);
        Assert.Equal(260 * 12 * 2, history.Rows.Count);
    }

    [Fact]
    public async Task History_rows_are_ordered_by_partner_id_then_month_then_path_in_rule_set_order_and_their_points_add_up()
    {
        var history = await dense.History();
        var keys = history.Rows.Select(r => (Partner: (string)r["partner_id"], AsOf: (DateOnly)r["as_of"], Path: Enum.Parse<PathName>((string)r["path"]))).ToList();

        var ordered = keys.OrderBy(k => k.Partner, StringComparer.Ordinal).ThenBy(k => k.AsOf).ThenBy(k => k.Path).ToList();

        Assert.Equal(ordered, keys);
        Assert.All(keys, k => Assert.Equal(1, k.AsOf.Day));
        Assert.All(history.Rows, r => Assert.Equal((decimal)r["total"], Metrics.Sum(m => (decimal)r[m])));
    }

    /// <summary>Why it moved: exactly the consecutive months where a path's qualification or a metric's points changed, with both sides and each change.</summary>
    [Fact]
    public async Task History_changes_list_exactly_the_paths_that_moved_from_one_month_to_the_next()
    {
        var history = await dense.History();
        var changes = await DenseHistory.ReadAsync(dense.Out, "history_changes.parquet", HistoryOutputs.ChangesSchema);
        var rows = history.Rows.Select(r => (Partner: (string)r["partner_id"], AsOf: (DateOnly)r["as_of"], Path: (string)r["path"], Qualified: (bool)r["qualified"], Total: (decimal)r["total"], Points: Metrics.Select(m => (decimal)r[m]).ToArray())).ToList();
        var byKey = rows.ToDictionary(r => (r.Partner, r.AsOf, r.Path));
        var expected = rows
            .Where(r => byKey.ContainsKey((r.Partner, r.AsOf.AddMonths(-1), r.Path)))
            .Select(r => (After: r, Before: byKey[(r.Partner, r.AsOf.AddMonths(-1), r.Path)]))
            .Where(p => p.Before.Qualified != p.After.Qualified || !p.Before.Points.SequenceEqual(p.After.Points))
            .Select(p => string.Join(",", [p.After.Partner, Month(p.After.AsOf), p.After.Path, Bool(p.Before.Qualified), Bool(p.After.Qualified), Points(p.Before.Total), Points(p.After.Total),
                .. p.After.Points.Zip(p.Before.Points, (a, b) => Points(a - b))]))
            .ToList();

        var actual = changes.Rows.Select(r => string.Join(",", [(string)r["partner_id"], Month(r["as_of"]), (string)r["path"], Bool(r["qualified_before"]), Bool(r["qualified_after"]), Points(r["total_before"]), Points(r["total_after"]),
            .. Metrics.Select(m => Points(r[m + "_change"]))])).ToList();

        Assert.Equal(expected, actual);
        Assert.Contains(changes.Rows, r => (bool)r["qualified_before"] != (bool)r["qualified_after"]);
    }

    /// <summary>The console's per-month counts are those of expected_history.csv: partners qualified (R22) and per path (R21).</summary>
    [Fact]
    public void The_console_counts_the_qualified_partners_of_every_month_on_each_path()
    {
        var expected = Csv.Read(ConformanceCases.Expected("dense", "modern-work-2023", "expected_history.csv")).GroupBy(r => r["as_of"]).Select(g =>
            $"│ {g.Key} │ {g.Count(r => r["qualified"] == "true"),8} │ {g.Count(r => r["enterprise_qualified"] == "true"),10} │ {g.Count(r => r["smb_qualified"] == "true"),3} │");

        Assert.All(expected, line => Assert.Contains(line, dense.Console));
        Assert.Contains("12 months as of 2024-07 … 2025-06", dense.Console);
    }

    /// <summary>run.json: the months evaluated, and the window only under a rule set that has one.</summary>
    [Fact]
    public async Task The_run_record_names_the_months_evaluated_and_the_window()
    {
        var plain = (await RunRecordFile.ReadAsync(Path.Combine(dense.Out, "run.json"))).IfLeft(e => throw new InvalidOperationException(e.ToString()));
        var windowed = (await RunRecordFile.ReadAsync(Path.Combine(dense.WindowOut, "run.json"))).IfLeft(e => throw new InvalidOperationException(e.ToString()));
        var months = Enumerable.Range(0, 12).Select(i => new DateOnly(2024, 7, 1).AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(((int?)null, "2025-06", 260), (plain.QualificationWindowMonths, plain.AsOfMonth, plain.Partners));
        Assert.Equal(months, plain.MonthsEvaluated);
        Assert.Equal(6, windowed.QualificationWindowMonths);
        Assert.Equal(months, windowed.MonthsEvaluated);
        Assert.Equal(HistoryOutputs.Files.Order(StringComparer.Ordinal), Directory.GetFiles(dense.Out).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);
    }

    /// <summary>The same months under modern-work-2023-09 are modern-work-2023's (R32 changes who holds the designation, not a month's score).</summary>
    [Fact]
    public async Task A_window_changes_no_months_score()
    {
        var plain = await dense.History();
        var windowed = await DenseHistory.ReadAsync(dense.WindowOut, "history.parquet", HistoryOutputs.HistorySchema);

        Assert.Equal(plain.Rows.Select(Line), windowed.Rows.Select(Line));
        Assert.Contains("in the 6-month window", dense.WindowConsole);
        Assert.DoesNotContain("qualification window", dense.Console);
        Assert.Contains("qualification window 6 months (R32)", dense.WindowConsole);
    }

    [Theory]
    [InlineData(2, "--months", "0")]
    [InlineData(2, "--months", "121")]
    [InlineData(2, "--as-of", "2025-13")]
    [InlineData(2, "--top", "-1")]
    [InlineData(1, "--rules", "modern-work-1999")]
    public async Task A_bad_option_is_a_usage_or_input_error_and_writes_nothing(int exitCode, string option, string value)
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");

        var (exit, text, errors) = await CliRunner.RunAsync("history", "--data", Dense, option, value, "--out", output);

        Assert.Equal(exitCode, exit);
        Assert.StartsWith("error:", errors.Trim());
        Assert.Equal("", text);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_missing_dataset_is_an_input_error_and_no_data_option_a_usage_error()
    {
        using var folder = new TempFolder();

        var (missing, _, missingErrors) = await CliRunner.RunAsync("history", "--data", Path.Combine(folder.Path, "nowhere"));
        var (noData, _, _) = await CliRunner.RunAsync("history");

        Assert.Equal((1, 2), (missing, noData));
        Assert.Contains("nowhere", missingErrors);
    }

    /// <summary>The output rule: a folder history wrote carries its run.json, so the next run may replace it (atomically).</summary>
    [Fact]
    public async Task A_second_history_replaces_the_folder_the_first_one_wrote()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");

        var first = await CliRunner.RunAsync("history", "--data", Dense, "--months", "2", "--out", output);
        var second = await CliRunner.RunAsync("history", "--data", Dense, "--months", "3", "--out", output);
        var history = await DenseHistory.ReadAsync(output, "history.parquet", HistoryOutputs.HistorySchema);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(260 * 3 * 2, history.Rows.Count);
        Assert.Equal(HistoryOutputs.Files.Order(StringComparer.Ordinal), Directory.GetFileSystemEntries(folder.Path).Concat(Directory.GetFiles(output)).Select(Path.GetFileName).Where(n => n != "out").Order(StringComparer.Ordinal)!);
    }

    [Fact]
    public async Task One_month_has_no_month_before_it_to_compare_with()
    {
        var (exit, text, _) = await CliRunner.RunAsync("history", "--data", Dense, "--months", "1");

        Assert.Equal(0, exit);
        Assert.Contains("1 months as of 2025-06 … 2025-06", text);
        Assert.Contains("One month only", text);
    }

    private static string Line(DataFrameRow r) => string.Join(",", r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

    private static string Month(object? date) => ((DateOnly)date!).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Points(object? points) => ((decimal)points!).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Bool(object? value) => (bool)value! ? "true" : "false";
}
