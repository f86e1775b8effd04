using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using Microsoft.Data.Analysis;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Parquet;

/// <summary>Row groups given as column arrays are written exactly as the same rows of a frame.</summary>
public sealed class ParquetTableAppenderTests : IDisposable
{
    private static readonly Seq<OutputColumn> Schema = Seq(
        new OutputColumn("name", OutputType.String),
        new OutputColumn("count", OutputType.Int64),
        new OutputColumn("on", OutputType.Date),
        new OutputColumn("ok", OutputType.Boolean),
        new OutputColumn("points", OutputType.Decimal92));

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Column_arrays_give_the_same_bytes_as_the_frame_they_hold()
    {
        var fromFrame = folder.File("frame.parquet");
        var fromArrays = folder.File("arrays.parquet");
        await ParquetTableWriter.WriteAsync(Frame(), Schema, fromFrame, rowGroupSize: 2);

        await using (var appender = await ParquetTableAppender.CreateAsync(Schema, fromArrays))
        {
            await appender.AppendAsync(new Arrays(
                new string?[] { "a", null }, new long?[] { 1, null }, new DateOnly?[] { new(2025, 6, 1), null }, new bool?[] { true, null }, new decimal?[] { 69.99m, null }));
            await appender.AppendAsync(new Arrays(
                new string?[] { "c" }, new long?[] { long.MaxValue }, new DateOnly?[] { new(1999, 12, 31) }, new bool?[] { false }, new decimal?[] { -9_999_999.99m }));
            await appender.CompleteAsync();
        }

        Assert.Equal(File.ReadAllBytes(fromFrame), File.ReadAllBytes(fromArrays));
    }

    [Fact]
    public async Task Values_of_the_wrong_type_are_refused_and_no_file_is_left()
    {
        await using (var appender = await ParquetTableAppender.CreateAsync(Seq1(new OutputColumn("name", OutputType.String)), folder.File("out.parquet")))
        {
            await Assert.ThrowsAsync<ArgumentException>(() => appender.AppendAsync(new Arrays(new long?[] { 1 })));
        }

        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task A_decimal_that_does_not_fit_is_refused_whatever_its_source()
    {
        await using var appender = await ParquetTableAppender.CreateAsync(Seq1(new OutputColumn("points", OutputType.Decimal92)), folder.File("out.parquet"));

        await Assert.ThrowsAsync<ArgumentException>(() => appender.AppendAsync(new Arrays(new decimal?[] { 1.005m })));
    }

    private static DataFrame Frame() => new(
        new StringDataFrameColumn("name", ["a", null, "c"]),
        new Int64DataFrameColumn("count", [1L, null, long.MaxValue]),
        new PrimitiveDataFrameColumn<DateOnly>("on", [new DateOnly(2025, 6, 1), null, new DateOnly(1999, 12, 31)]),
        new BooleanDataFrameColumn("ok", [true, null, false]),
        new DecimalDataFrameColumn("points", [69.99m, null, -9_999_999.99m]));

    private sealed class Arrays(params Array[] columns) : IRowGroupValues
    {
        public Array Column(int index) => columns[index];
    }
}
