using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Parquet;
using Parquet;
using static FunctionalScoring.Generation.ParquetFixture;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Parquet;

public sealed class RowGroupPruningTests : IDisposable
{
    private static readonly DateOnly June = new(2025, 6, 1);
    private static readonly DateOnly January = new(2025, 1, 1);

    // Keeps row groups that reach into June 2025 or later.
    private static readonly ReadOptions FromJune = new(Some(new RowGroupFilter("month", (_, max) => max >= June.DayNumber)));

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_row_group_whose_DATE_statistics_fail_the_filter_is_skipped_and_counted()
    {
        Write(folder.File("usage.parquet"), [2, 3], CompressionMethod.Snappy,
            Column("month", FixtureType.Date, January, January, June, null, January),
            Column("n", FixtureType.Int32, 1, 2, 3, 4, 5));

        var table = await Loaded.TableAsync(folder.Path, "usage", FromJune, ColumnSpec.Date("month", true), ColumnSpec.Integer("n"));

        Assert.Equal([3L, 4L, 5L], table.Longs("n"));
        Assert.Equal((5L, 2L), (table.RowsRead, table.SkippedRows));
        var file = Assert.Single(table.Files);
        Assert.Equal(Seq1(new LoadedRange(0, 2, 3)), file.Ranges);
        Assert.Equal(Some(4L), file.RowInFile(2));
    }

    [Theory]
    [InlineData(FixtureType.TimestampMillis)]
    [InlineData(FixtureType.TimestampMicros)]
    [InlineData(FixtureType.TimestampNanos)]
    public async Task TIMESTAMP_statistics_never_prune(FixtureType type)
    {
        Write(folder.File("usage.parquet"), [2, 1], CompressionMethod.Snappy,
            Column("month", type, January.ToDateTime(TimeOnly.MinValue), January.ToDateTime(TimeOnly.MinValue), June.ToDateTime(TimeOnly.MinValue)));

        var table = await Loaded.TableAsync(folder.Path, "usage", FromJune, ColumnSpec.Date("month"));

        Assert.Equal([January, January, June], table.Dates("month"));
        Assert.Equal(0, table.SkippedRows);
    }

    [Fact]
    public async Task A_row_group_of_nulls_only_has_no_range_and_is_read()
    {
        Write(folder.File("usage.parquet"), [2, 1], CompressionMethod.Snappy, Column("month", FixtureType.Date, null, null, June));

        var table = await Loaded.TableAsync(folder.Path, "usage", FromJune, ColumnSpec.Date("month", true));

        Assert.Equal([null, null, June], table.Dates("month"));
    }

    [Fact]
    public async Task Skipped_groups_arrive_in_the_stream_without_columns()
    {
        Write(folder.File("usage.parquet"), [1, 1], CompressionMethod.Snappy, Column("month", FixtureType.Date, June, January));
        var location = (TableLocation)TableLocation.Find(folder.Path, "usage");
        var stream = (ParquetTableStream)await ParquetTableStream.OpenAsync(location, Seq1(ColumnSpec.Date("month")), FromJune.Filter);

        var batches = new List<(int Group, bool Skipped, int Columns)>();
        await foreach (var step in stream.ReadAsync())
        {
            var batch = (RowGroupBatch)step;
            batches.Add((batch.RowGroup, batch.Skipped, batch.Columns.Count));
        }

        Assert.Equal([(0, false, 1), (1, true, 0)], batches);
    }

    [Fact]
    public async Task A_part_file_pruned_whole_is_not_opened_again_to_be_read()
    {
        Write(folder.File("usage/1.parquet"), Column("month", FixtureType.Date, January, January));
        Write(folder.File("usage/2.parquet"), Column("month", FixtureType.Date, June));
        var location = (TableLocation)TableLocation.Find(folder.Path, "usage");
        var stream = (ParquetTableStream)await ParquetTableStream.OpenAsync(location, Seq1(ColumnSpec.Date("month")), FromJune.Filter);
        File.WriteAllBytes(folder.File("usage/1.parquet"), []);

        var skipped = 0L;
        await foreach (var step in stream.ReadAsync())
        {
            var batch = (RowGroupBatch)step;
            skipped += batch.Skipped ? batch.RowCount : 0;
        }

        Assert.Equal(2, skipped);
    }

    [Fact]
    public async Task Filtering_on_a_column_that_was_not_requested_as_a_date_is_a_programming_error()
    {
        Write(folder.File("usage.parquet"), Column("month", FixtureType.Date, June));
        var location = (TableLocation)TableLocation.Find(folder.Path, "usage");

        await Assert.ThrowsAsync<ArgumentException>(() =>
            ParquetTableStream.OpenAsync(location, Seq1(ColumnSpec.Integer("n")), FromJune.Filter));
    }
}
