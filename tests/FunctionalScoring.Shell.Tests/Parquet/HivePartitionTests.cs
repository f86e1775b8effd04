using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Parquet;
using FunctionalScoring.Shell.Tests.Conformance;
using Parquet;
using static FunctionalScoring.Generation.ParquetFixture;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Parquet;

/// <summary>
/// Lake layouts (issue 13): Hive partition folders at any depth, a partition column absent from the files taking
/// its value from the path, partitions outside the window skipped without opening their files (R29), writers'
/// bookkeeping ignored, empty part files accepted.
/// </summary>
public sealed class HivePartitionTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Part_files_at_any_depth_are_read_in_path_order_with_their_partition_values()
    {
        Write(folder.File("usage/year=2025/month=2025-06-01/part-1.parquet"), Column("tenant_id", FixtureType.Utf8, "b"));
        Write(folder.File("usage/year=2025/month=2025-06-01/part-0.parquet"), Column("tenant_id", FixtureType.Utf8, "a"));
        Write(folder.File("usage/year=2024/month=2024-06-01/part-0.parquet"), Column("tenant_id", FixtureType.Utf8, "c"));
        Write(folder.File("usage/year=2024/month=__HIVE_DEFAULT_PARTITION__/part-0.parquet"), Column("tenant_id", FixtureType.Utf8, "d"));

        var table = await Loaded.TableAsync(folder.Path, "usage", ColumnSpec.Text("tenant_id"), ColumnSpec.Date("month", true), ColumnSpec.Integer("year"));

        Assert.Equal(["c", "d", "a", "b"], table.Texts("tenant_id"));
        Assert.Equal([new DateOnly(2024, 6, 1), null, new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 1)], table.Dates("month"));
        Assert.Equal([2024L, 2024L, 2025L, 2025L], table.Longs("year"));
    }

    [Fact]
    public async Task Writers_bookkeeping_is_ignored_and_an_empty_part_file_is_accepted()
    {
        Write(folder.File("usage/month=2025-06/part-0.parquet"), Column("tenant_id", FixtureType.Utf8, "a"));
        Write(folder.File("usage/month=2025-06/part-1.parquet"), Column("tenant_id", FixtureType.Utf8));
        Write(folder.File("usage/_temporary/month=2025-06/part-9.parquet"), Column("tenant_id", FixtureType.Utf8, "lost"));
        File.WriteAllText(folder.File("usage/_SUCCESS"), "");
        File.WriteAllText(folder.File("usage/month=2025-06/.part-0.parquet.crc"), "crc");

        var table = await Loaded.TableAsync(folder.Path, "usage", ColumnSpec.Text("tenant_id"), ColumnSpec.Date("month"));

        Assert.Equal(["a"], table.Texts("tenant_id"));
        Assert.Equal(1L, table.RowsRead);
        Assert.Equal(["usage/month=2025-06/part-0.parquet", "usage/month=2025-06/part-1.parquet"], table.Files.Map(f => f.Name).ToArray());
    }

    [Fact]
    public async Task A_partition_value_that_is_not_of_the_columns_type_is_an_error_naming_the_folder()
    {
        Write(folder.File("usage/month=June/part-0.parquet"), Column("tenant_id", FixtureType.Utf8, "a"));

        var error = await Loaded.ErrorAsync(folder.Path, "usage", ColumnSpec.Text("tenant_id"), ColumnSpec.Date("month"));

        Assert.Equal(ParquetInputError.BadPartitionValue("usage/month=June/part-0.parquet", "month", "the partition value 'June' of 'month' is not a date (YYYY-MM-DD, YYYY-MM or a timestamp)"), error);
    }

    /// <summary>
    /// The 'bad' conformance case exported as a DuckDB <c>PARTITION_BY (month)</c> would lay it out: its score is
    /// the original's, and the months outside [B, M] are never opened (their rows are not read, so not counted).
    /// </summary>
    [Fact]
    public async Task A_dataset_partitioned_by_month_scores_as_the_original_and_opens_only_the_windows_months()
    {
        var original = ConformanceCases.Data("bad");
        var partitioned = folder.File("data");
        var months = await PartitionByMonth(original, partitioned);

        var whole = await Score(original);
        var lake = await Score(partitioned);

        var opened = lake.Record.Inputs.Where(i => i.Table == "usage" && i.Rows is not null).Select(i => i.File).ToArray();
        var inWindow = months.Where(m => m is null || (m >= new DateOnly(2024, 6, 1) && m <= new DateOnly(2025, 6, 30))).ToArray();
        Assert.Equal(inWindow.Length, opened.Length);
        Assert.True(months.Count > inWindow.Length, "the case has usage outside the window");
        Assert.Equal(whole.Run.Partners.ToArray(), lake.Run.Partners.ToArray());
        Assert.Equal(whole.Run.Rejections.Map(r => (r.Reason, r.RawValues)).Order().ToArray(), lake.Run.Rejections.Map(r => (r.Reason, r.RawValues)).Order().ToArray());
        Assert.Equal(
            whole.Run.Accounting.Lines.Filter(l => l.Reason != RowReason.OutsideWindow).ToArray(),
            lake.Run.Accounting.Lines.Filter(l => l.Reason != RowReason.OutsideWindow).ToArray());
    }

    private static async Task<ScoreOutcome> Score(string data) =>
        (await ScoreJob.RunAsync(new ScoreRequest(data, BuiltInRuleSets.Default, None, None))).IfLeft(e => throw new InvalidOperationException(e));

    /// <summary>Writes the dataset with its usage split into month=… folders whose files lack the month column; returns the months.</summary>
    private static async Task<IReadOnlyList<DateOnly?>> PartitionByMonth(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var table in new[] { "associations", "certifications", "partners" })
        {
            File.Copy(Path.Combine(source, table + ".parquet"), Path.Combine(target, table + ".parquet"));
        }

        var usage = (await DatasetLoader.LoadAsync(source)).IfLeft(e => throw new InvalidOperationException(e.Message)).Raw.Usage;
        var byMonth = Enumerable.Range(0, usage.Count).GroupBy(row => usage.Month[row]).ToList();
        foreach (var group in byMonth)
        {
            var rows = group.ToArray();
            var segment = group.Key is { } month ? month.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "__HIVE_DEFAULT_PARTITION__";
            var part = Path.Combine(target, "usage", $"month={segment}", "part-0.parquet");
            Directory.CreateDirectory(Path.GetDirectoryName(part)!);
            await WriteAsync(part, null, CompressionMethod.Snappy,
                Column("tenant_id", FixtureType.Utf8, [.. rows.Select(r => (object?)usage.Tenant[r])]),
                Column("workload", FixtureType.Utf8, [.. rows.Select(r => (object?)usage.Workload[r])]),
                Column("paid_available_units", FixtureType.Int64, [.. rows.Select(r => (object?)usage.Pau[r])]),
                Column("monthly_active_users", FixtureType.Int64, [.. rows.Select(r => (object?)usage.Mau[r])]));
        }

        return [.. byMonth.Select(g => g.Key)];
    }
}
