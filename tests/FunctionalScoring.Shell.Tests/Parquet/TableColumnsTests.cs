using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Parquet;
using Parquet;
using Parquet.Meta;
using static FunctionalScoring.Generation.ParquetFixture;

namespace FunctionalScoring.Shell.Tests.Parquet;

public sealed class TableColumnsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Text_columns_become_codes_in_first_seen_order_with_nulls_kept()
    {
        Write(folder.File("t.parquet"), Column("s", FixtureType.Utf8, "b", "a", null, "b", "", "a"));

        var table = await Loaded.TableAsync(folder.Path, "t", ColumnSpec.Text("s", mayBeEmpty: true));

        Assert.Equal([0, 1, null, 0, 2, 1], table.Ints("s"));
        Assert.Equal(["b", "a", ""], table.Dictionary("s"));
    }

    [Fact]
    public async Task The_same_text_gets_the_same_code_across_row_groups()
    {
        var values = Enumerable.Range(0, 300).Select(i => (object?)$"tenant-{i % 7}").ToArray();
        Write(folder.File("t.parquet"), [100, 100, 100], CompressionMethod.Gzip, Column("s", FixtureType.Utf8, values));

        var table = await Loaded.TableAsync(folder.Path, "t", ColumnSpec.Text("s"));

        Assert.Equal(values, table.Texts("s"));
        Assert.Equal(7, table.Dictionary("s").Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Text_columns_read_the_same_plain_or_dictionary_encoded(bool dictionary)
    {
        object?[] values = ["x", "y", null, "x", "x", "y", "é€"];
        var path = folder.File("t.parquet");
        Write(path, new FixtureColumn("s", FixtureType.Utf8, values, DictionaryEncoded: dictionary));

        var table = await Loaded.TableAsync(folder.Path, "t", ColumnSpec.Text("s", true));

        Assert.Equal(values, table.Texts("s"));
        Assert.Equal(dictionary, (await EncodingsAsync(path, "s")).Contains(Encoding.PLAIN_DICTIONARY));
    }

    [Theory]
    [InlineData(FixtureType.Int32, false)]
    [InlineData(FixtureType.Int32, true)]
    [InlineData(FixtureType.Int64, false)]
    [InlineData(FixtureType.Int64, true)]
    public async Task Integer_columns_accept_INT32_and_INT64_nullable_or_not(FixtureType type, bool required)
    {
        object?[] values = required ? [1, -2, int.MaxValue] : [1, null, int.MinValue];
        Write(folder.File("t.parquet"), new FixtureColumn("n", type, values, required));

        var table = await Loaded.TableAsync(folder.Path, "t", ColumnSpec.Integer("n"));

        Assert.Equal(values.Select(v => v is null ? (long?)null : Convert.ToInt64(v)), table.Longs("n"));
    }

    [Fact]
    public async Task Integers_beyond_32_bits_survive()
    {
        Write(folder.File("t.parquet"), Column("n", FixtureType.Int64, long.MaxValue, long.MinValue, 5_000_000_000L));

        var table = await Loaded.TableAsync(folder.Path, "t", ColumnSpec.Integer("n"));

        Assert.Equal([long.MaxValue, long.MinValue, 5_000_000_000L], table.Longs("n"));
    }

    [Fact]
    public async Task Date_columns_are_read_as_day_numbers()
    {
        Write(folder.File("t.parquet"), Column("d", FixtureType.Date, new DateOnly(2025, 6, 1), null, new DateOnly(1969, 12, 31)));

        var table = await Loaded.TableAsync(folder.Path, "t", ColumnSpec.Date("d", mayBeEmpty: true));

        Assert.Equal([new DateOnly(2025, 6, 1), null, new DateOnly(1969, 12, 31)], table.Dates("d"));
    }

    [Theory]
    [InlineData(FixtureType.TimestampMillis)]
    [InlineData(FixtureType.TimestampMicros)]
    [InlineData(FixtureType.TimestampNanos)]
    [InlineData(FixtureType.TimestampInt96)]
    public async Task Timestamp_columns_are_read_as_their_UTC_date(FixtureType type)
    {
        Write(folder.File("t.parquet"), Column("d", type,
            new DateTime(2025, 6, 1, 23, 59, 59, DateTimeKind.Utc),
            new DateTimeOffset(2025, 6, 2, 1, 0, 0, TimeSpan.FromHours(3)),
            null,
            new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

        var table = await Loaded.TableAsync(folder.Path, "t", ColumnSpec.Date("d"));

        Assert.Equal([new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 1), null, new DateOnly(2025, 1, 1)], table.Dates("d"));
    }

    [Fact]
    public async Task Only_the_requested_columns_are_loaded_in_the_requested_order()
    {
        Write(folder.File("t.parquet"),
            Column("a", FixtureType.Utf8, "x"),
            Column("skip", FixtureType.Double, 1.5),
            Column("b", FixtureType.Int32, 7));

        var table = await Loaded.TableAsync(folder.Path, "t", ColumnSpec.Integer("b"), ColumnSpec.Text("a"));

        Assert.Equal(["b", "a"], table.ColumnNames);
    }

    [Fact]
    public async Task Many_row_groups_load_in_order()
    {
        var days = Enumerable.Range(0, 1000).Select(i => (object?)new DateOnly(2020, 1, 1).AddDays(i)).ToArray();
        var counts = Enumerable.Range(0, 1000).Select(i => (object?)(i % 10 == 0 ? null : i)).ToArray();
        Write(folder.File("t.parquet"), [1, 499, 250, 250], CompressionMethod.None,
            Column("d", FixtureType.Date, days), Column("n", FixtureType.Int32, counts));

        var table = await Loaded.TableAsync(folder.Path, "t", ColumnSpec.Date("d"), ColumnSpec.Integer("n", mayBeEmpty: true));

        Assert.Equal(days.Cast<DateOnly?>(), table.Dates("d"));
        Assert.Equal(counts.Select(c => (long?)(int?)c), table.Longs("n"));
        Assert.Equal(100, table.NullCount("n"));
        Assert.Equal(1000, table.RowsRead);
    }

    [Fact]
    public async Task A_file_without_rows_gives_an_empty_frame()
    {
        Write(folder.File("t.parquet"), Column("s", FixtureType.Utf8));

        var table = await Loaded.TableAsync(folder.Path, "t", ColumnSpec.Text("s"));

        Assert.Equal(0, table.Count);
        Assert.Empty(table.Dictionary("s"));
    }

    [Fact]
    public async Task Progress_reports_every_row_read()
    {
        Write(folder.File("t.parquet"), [2, 3], CompressionMethod.Snappy, Column("n", FixtureType.Int64, 1, 2, 3, 4, 5));
        var reports = new List<ReadProgress>();

        await Loaded.TableAsync(folder.Path, "t", new ReadOptions(Progress: (Action<ReadProgress>)reports.Add), ColumnSpec.Integer("n"));

        Assert.Equal([new ReadProgress(2, 5), new ReadProgress(5, 5)], reports);
    }

    private static async Task<List<Encoding>> EncodingsAsync(string path, string column)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var field = reader.Schema.GetDataFields().Single(f => f.Name == column);
        return reader.OpenRowGroupReader(0).GetMetadata(field)!.MetaData!.Encodings;
    }
}
