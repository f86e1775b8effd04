using FunctionalScoring.Shell.Parquet;
using Parquet;

namespace FunctionalScoring.Shell.Tests.Parquet;

public sealed class ConformanceDataTests
{
    private static readonly ColumnSpec[] UsageColumns =
    [
        ColumnSpec.Text("tenant_id"),
        ColumnSpec.Text("workload"),
        ColumnSpec.Date("month"),
        ColumnSpec.Integer("paid_available_units"),
        ColumnSpec.Integer("monthly_active_users"),
    ];

    [Fact]
    public async Task The_clean_usage_table_loads_all_its_rows_and_columns()
    {
        var table = await Loaded.TableAsync(ConformanceData.Folder("clean"), "usage", UsageColumns);

        Assert.Equal(252090, table.Count);
        Assert.Equal(252090, table.RowsRead);
        Assert.Equal(UsageColumns.Select(c => c.Name), table.ColumnNames);
        Assert.All(table.ColumnNames, c => Assert.Equal(0, table.NullCount(c)));
        Assert.Equal("usage.parquet", Assert.Single(table.Files).Name);
    }

    [Fact]
    public async Task The_clean_usage_table_holds_what_the_library_reads_row_by_row()
    {
        var folder = ConformanceData.Folder("clean");
        var table = await Loaded.TableAsync(folder, "usage", UsageColumns);

        await using var reader = await ParquetReader.CreateAsync(Path.Combine(folder, "usage.parquet"));
        var fields = reader.Schema.GetDataFields();
        var tenants = new List<string?>();
        var months = new List<DateOnly?>();
        var units = new List<long?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var rowGroup = reader.OpenRowGroupReader(g);
            var strings = new string?[rowGroup.RowCount];
            var dates = new DateTime?[rowGroup.RowCount];
            var ints = new int?[rowGroup.RowCount];
            await rowGroup.ReadAsync(fields[0], strings.AsMemory());
            await rowGroup.ReadAsync<DateTime>(fields[2], dates.AsMemory());
            await rowGroup.ReadAsync<int>(fields[3], ints.AsMemory());
            tenants.AddRange(strings);
            months.AddRange(dates.Select(d => d is { } t ? DateOnly.FromDateTime(t) : (DateOnly?)null));
            units.AddRange(ints.Select(i => (long?)i));
        }

        Assert.Equal(tenants, table.Texts("tenant_id"));
        Assert.Equal(months, table.Dates("month"));
        Assert.Equal(units, table.Longs("paid_available_units"));
    }

    [Fact]
    public async Task Nullable_dates_and_non_UTC_timestamps_of_the_other_tables_load()
    {
        var folder = ConformanceData.Folder("clean");

        var associations = await Loaded.TableAsync(folder, "associations",
            ColumnSpec.Text("partner_id"), ColumnSpec.Text("workload", true), ColumnSpec.Date("associated_on"), ColumnSpec.Date("ended_on", true));
        var certifications = await Loaded.TableAsync(folder, "certifications",
            ColumnSpec.Text("person_id"), ColumnSpec.Date("earned_on"), ColumnSpec.Date("expires_on", true));

        Assert.Equal((3770L, 1440L, 2703L), (associations.RowsRead, associations.NullCount("workload"), associations.NullCount("ended_on")));
        Assert.Equal((1195L, 0L, 368L), (certifications.RowsRead, certifications.NullCount("earned_on"), certifications.NullCount("expires_on")));
        Assert.Equal(await LibraryDatesAsync(Path.Combine(folder, "certifications.parquet"), "earned_on"), certifications.Dates("earned_on"));
    }

    private static async Task<List<DateOnly?>> LibraryDatesAsync(string path, string column)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var field = reader.Schema.GetDataFields().Single(f => f.Name == column);
        var dates = new List<DateOnly?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var rowGroup = reader.OpenRowGroupReader(g);
            var values = new DateTime?[rowGroup.RowCount];
            await rowGroup.ReadAsync<DateTime>(field, values.AsMemory());
            dates.AddRange(values.Select(d => d is { } t ? DateOnly.FromDateTime(t) : (DateOnly?)null));
        }

        return dates;
    }
}
