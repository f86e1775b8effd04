using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Parquet;
using Parquet;
using static FunctionalScoring.Generation.ParquetFixture;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Parquet;

public sealed class PartFolderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Part_files_are_read_in_ordinal_name_order_with_their_provenance()
    {
        Write(folder.File("usage/part-b.parquet"), Column("s", FixtureType.Utf8, "b1", "b2", "b3"));
        Write(folder.File("usage/part-B.parquet"), Column("s", FixtureType.Utf8, "B1"));
        Write(folder.File("usage/part-a.parquet"), Column("s", FixtureType.Utf8, "a1", "a2"));
        File.WriteAllText(folder.File("usage/_SUCCESS"), "");

        var table = await Loaded.TableAsync(folder.Path, "usage", ColumnSpec.Text("s"));

        Assert.Equal(["B1", "a1", "a2", "b1", "b2", "b3"], table.Texts("s"));
        Assert.Equal(
            Seq(
                Source("usage/part-B.parquet", rows: 1, firstRow: 0),
                Source("usage/part-a.parquet", rows: 2, firstRow: 1),
                Source("usage/part-b.parquet", rows: 3, firstRow: 3)),
            table.Files);
    }

    [Fact]
    public async Task A_frame_row_maps_back_to_its_file_and_row()
    {
        Write(folder.File("usage/1.parquet"), [2, 2], CompressionMethod.Snappy, Column("n", FixtureType.Int64, 10, 11, 12, 13));
        Write(folder.File("usage/2.parquet"), Column("n", FixtureType.Int64, 20, 21));

        var table = await Loaded.TableAsync(folder.Path, "usage", ColumnSpec.Integer("n"));

        Assert.Equal(Some(("usage/1.parquet", 3L)), table.Locate(3).Map(l => (l.File, l.Row)));
        Assert.Equal(Some(("usage/2.parquet", 1L)), table.Locate(5).Map(l => (l.File, l.Row)));
        Assert.True(table.Locate(6).IsNone);
    }

    [Fact]
    public async Task Text_codes_are_shared_by_all_part_files()
    {
        Write(folder.File("t/1.parquet"), Column("s", FixtureType.Utf8, "x", "y"));
        Write(folder.File("t/2.parquet"), Column("s", FixtureType.Utf8, "y", "z", "x"));

        var table = await Loaded.TableAsync(folder.Path, "t", ColumnSpec.Text("s"));

        Assert.Equal([0, 1, 1, 2, 0], table.Ints("s"));
        Assert.Equal(["x", "y", "z"], table.Dictionary("s"));
    }

    [Fact]
    public async Task A_file_wins_over_a_folder_of_the_same_name()
    {
        Write(folder.File("t.parquet"), Column("n", FixtureType.Int64, 1));
        Write(folder.File("t/part.parquet"), Column("n", FixtureType.Int64, 2));

        var table = await Loaded.TableAsync(folder.Path, "t", ColumnSpec.Integer("n"));

        Assert.Equal([1L], table.Longs("n"));
    }

    private SourceFile Source(string name, long rows, long firstRow) =>
        new(Path.Combine(folder.Path, name), name, rows, 0, firstRow, Seq1(new LoadedRange(firstRow, 0, rows)));
}
