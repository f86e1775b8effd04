using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Parquet;

public sealed class ParquetTableWriterTests : IDisposable
{
    private static readonly Seq<OutputColumn> Schema = Seq(
        new OutputColumn("name", OutputType.String),
        new OutputColumn("count", OutputType.Int64),
        new OutputColumn("on", OutputType.Date),
        new OutputColumn("day", OutputType.Date),
        new OutputColumn("ok", OutputType.Boolean),
        new OutputColumn("points", OutputType.Decimal92));

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Every_output_type_is_written_with_its_Parquet_type()
    {
        var path = folder.File("out.parquet");

        await ParquetTableWriter.WriteAsync(Frame(), Schema, path);

        await using var reader = await ParquetReader.CreateAsync(path);
        Assert.Equal(
            ["name: BYTE_ARRAY UTF8 OPTIONAL", "count: INT64 INT_64 OPTIONAL", "on: INT32 DATE OPTIONAL", "day: INT32 DATE OPTIONAL",
             "ok: BOOLEAN  OPTIONAL", "points: INT32 DECIMAL OPTIONAL"],
            reader.Schema.GetDataFields().Select(f =>
                $"{f.Name}: {f.SchemaElement!.Type} {f.SchemaElement.ConvertedType} {f.SchemaElement.RepetitionType}"));
        var points = reader.Schema.GetDataFields()[5].SchemaElement!;
        Assert.Equal((9, 2), (points.Precision, points.Scale));
    }

    [Fact]
    public async Task Strings_integers_and_dates_read_back_through_the_table_reader()
    {
        await ParquetTableWriter.WriteAsync(Frame(), Schema, folder.File("out.parquet"), rowGroupSize: 2);

        var table = await Loaded.TableAsync(folder.Path, "out",
            ColumnSpec.Text("name", true), ColumnSpec.Integer("count", true), ColumnSpec.Date("on", true), ColumnSpec.Date("day", true));

        Assert.Equal(["a", null, "c"], table.Texts("name"));
        Assert.Equal([1L, null, long.MaxValue], table.Longs("count"));
        Assert.Equal([new DateOnly(2025, 6, 1), null, new DateOnly(1999, 12, 31)], table.Dates("on"));
        Assert.Equal(table.Dates("on"), table.Dates("day"));
    }

    [Fact]
    public async Task Booleans_and_decimals_read_back_exactly()
    {
        var path = folder.File("out.parquet");

        await ParquetTableWriter.WriteAsync(Frame(), Schema, path, rowGroupSize: 2);

        Assert.Equal([true, null, false], await ReadAllAsync<bool>(path, "ok"));
        Assert.Equal([69.99m, null, -9_999_999.99m], await ReadAllAsync<decimal>(path, "points"));
    }

    [Fact]
    public async Task Decimals_on_the_edges_of_DECIMAL_9_2_survive()
    {
        decimal?[] values = [0m, 0.01m, -0.01m, 70m, 69.995m - 0.005m, 12.3m, 9_999_999.99m, 1234567.89m];
        var frame = new DataFrame(new DecimalDataFrameColumn("points", values));
        var path = folder.File("out.parquet");

        await ParquetTableWriter.WriteAsync(frame, Seq1(new OutputColumn("points", OutputType.Decimal92)), path);

        Assert.Equal(values, await ReadAllAsync<decimal>(path, "points"));
    }

    [Theory]
    [InlineData("1.005")]
    [InlineData("10000000")]
    [InlineData("-10000000.5")]
    public async Task A_decimal_that_does_not_fit_is_refused_and_no_file_is_left(string value)
    {
        var frame = new DataFrame(new DecimalDataFrameColumn("points", [decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)]));
        var path = folder.File("out.parquet");

        await Assert.ThrowsAsync<ArgumentException>(() =>
            ParquetTableWriter.WriteAsync(frame, Seq1(new OutputColumn("points", OutputType.Decimal92)), path));

        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task A_frame_column_of_the_wrong_type_is_refused_and_no_file_is_left()
    {
        var frame = new DataFrame(new Int64DataFrameColumn("name", [1L]));

        await Assert.ThrowsAsync<ArgumentException>(() =>
            ParquetTableWriter.WriteAsync(frame, Seq1(new OutputColumn("name", OutputType.String)), folder.File("out.parquet")));

        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task The_same_frame_gives_the_same_bytes()
    {
        var first = folder.File("first.parquet");
        var second = folder.File("second.parquet");

        await ParquetTableWriter.WriteAsync(Frame(), Schema, first, rowGroupSize: 2);
        await Task.Delay(1100);
        await ParquetTableWriter.WriteAsync(Frame(), Schema, second, rowGroupSize: 2);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public async Task An_empty_frame_gives_a_readable_file_without_rows()
    {
        var frame = new DataFrame(new StringDataFrameColumn("name", 0));

        await ParquetTableWriter.WriteAsync(frame, Seq1(new OutputColumn("name", OutputType.String)), folder.File("out.parquet"));

        var table = await Loaded.TableAsync(folder.Path, "out", ColumnSpec.Text("name"));
        Assert.Equal(0, table.RowsRead);
    }

    private static DataFrame Frame() => new(
        new StringDataFrameColumn("name", ["a", null, "c"]),
        new Int64DataFrameColumn("count", [1L, null, long.MaxValue]),
        new PrimitiveDataFrameColumn<DateOnly>("on", [new DateOnly(2025, 6, 1), null, new DateOnly(1999, 12, 31)]),
        new Int32DataFrameColumn("day", [new DateOnly(2025, 6, 1).DayNumber, null, new DateOnly(1999, 12, 31).DayNumber]),
        new BooleanDataFrameColumn("ok", [true, null, false]),
        new DecimalDataFrameColumn("points", [69.99m, null, -9_999_999.99m]));

    private static async Task<List<T?>> ReadAllAsync<T>(string path, string column)
        where T : struct
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        DataField field = reader.Schema.GetDataFields().Single(f => f.Name == column);
        var values = new List<T?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var rowGroup = reader.OpenRowGroupReader(g);
            var buffer = new T?[rowGroup.RowCount];
            await rowGroup.ReadAsync<T>(field, buffer.AsMemory());
            values.AddRange(buffer);
        }

        return values;
    }
}
