using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using Parquet;
using static FunctionalScoring.Generation.ParquetFixture;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Parquet;

public sealed class ParquetTableStreamTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Row_groups_stream_in_file_order_with_their_position()
    {
        Write(folder.File("t/a.parquet"), [2, 1], CompressionMethod.Snappy,
            Column("s", FixtureType.Utf8, "x", null, "y"), Column("n", FixtureType.Int64, 1, 2, 3));
        Write(folder.File("t/b.parquet"), Column("s", FixtureType.Utf8, "y"), Column("n", FixtureType.Int64, 4));
        var stream = await OpenAsync("t", ColumnSpec.Text("s", true), ColumnSpec.Integer("n"));

        var seen = new List<string>();
        await foreach (var step in stream.ReadAsync())
        {
            var batch = (RowGroupBatch)step;
            var s = batch.Column("s");
            var n = batch.Column("n");
            seen.Add($"{batch.Part.Name}#{batch.RowGroup}@{batch.FirstRowInFile}: "
                + string.Join(",", Enumerable.Range(0, batch.RowCount).Select(i =>
                    $"{(s.HasValue[i] ? s.Int32Values[i] : "-")}/{n.Int64Values[i]}")));
        }

        Assert.Equal(["t/a.parquet#0@0: 0/1,-/2", "t/a.parquet#1@2: 1/3", "t/b.parquet#0@0: 1/4"], seen);
        Assert.Equal(["x", "y"], stream.Texts["s"].ToArray());
    }

    [Fact]
    public async Task A_reader_that_stops_early_leaves_no_decode_running_and_the_file_free()
    {
        Write(folder.File("t.parquet"), [2, 2, 2], CompressionMethod.Snappy, Column("s", FixtureType.Utf8, "a", "b", "c", "d", "e", "f"));
        var stream = await OpenAsync("t", ColumnSpec.Text("s", true));

        await foreach (var step in stream.ReadAsync())
        {
            Assert.Equal(2, ((RowGroupBatch)step).RowCount);
            break;
        }

        // The second row group was being decoded ahead when the caller left: the file must be closed all the same.
        using var exclusive = new FileStream(folder.File("t.parquet"), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Assert.True(exclusive.CanWrite);
    }

    [Fact]
    public async Task Footers_are_checked_before_any_row_is_streamed()
    {
        Write(folder.File("t/a.parquet"), Column("n", FixtureType.Int64, 1));
        Write(folder.File("t/b.parquet"), Column("m", FixtureType.Int64, 1));
        var location = (TableLocation)TableLocation.Find(folder.Path, "t");

        var opened = await ParquetTableStream.OpenAsync(location, Seq1(ColumnSpec.Integer("n")));

        Assert.Equal(Some(ParquetInputReason.MissingColumn), opened.Match(_ => None, e => Some(e.Reason)));
    }

    [Fact]
    public async Task Counts_are_known_before_reading()
    {
        Write(folder.File("t.parquet"), [3, 2], CompressionMethod.Snappy, Column("n", FixtureType.Int64, 1, 2, 3, 4, 5));

        var stream = await OpenAsync("t", ColumnSpec.Integer("n"));

        Assert.Equal((5L, 0L, 5L), (stream.TotalRows, stream.SkippedRows, stream.RowsToDecode));
    }

    private async Task<ParquetTableStream> OpenAsync(string table, params ColumnSpec[] columns)
    {
        var location = (TableLocation)TableLocation.Find(folder.Path, table);
        var opened = await ParquetTableStream.OpenAsync(location, columns.ToSeq());
        return opened.Match(s => s, e => throw new Xunit.Sdk.XunitException(e.Message));
    }
}
