using FunctionalScoring.Shell.Parquet;
using Parquet;

namespace FunctionalScoring.Shell.Tests.Parquet;

public sealed class ConformanceUsageTests
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

        Assert.Equal(252090, table.Frame.Rows.Count);
        Assert.Equal(252090, table.RowsRead);
        Assert.Equal(UsageColumns.Select(c => c.Name), table.Frame.Columns.Select(c => c.Name));
        Assert.All(table.Frame.Columns, c => Assert.Equal(0, c.NullCount));
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
}
