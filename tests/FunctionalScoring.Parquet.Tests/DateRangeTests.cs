using FunctionalScoring.Parquet.Tests.Reference;
using PS = ParquetSharp;

namespace FunctionalScoring.Parquet.Tests;

/// <summary>
/// A date is read as its (UTC) day; one DateOnly cannot hold is flagged on its row, never thrown and
/// never a corrupt file — "a usage month of 9999-12-01 is reported as corrupt" is the bug this guards.
/// </summary>
public sealed class DateRangeTests
{
    private const long MillisPerDay = 86_400_000L;
    private const long MicrosPerDay = 86_400_000_000L;

    [Theory]
    [InlineData("date", 2_932_866L, "9999-12-01")]
    [InlineData("date", 2_932_896L, "9999-12-31")]
    [InlineData("date", 2_932_897L, "out of range")]
    [InlineData("date", -719_162L, "0001-01-01")]
    [InlineData("date", -719_163L, "out of range")]
    [InlineData("date", -1L, "1969-12-31")]
    [InlineData("timestamp-millis-utc", 2_932_866L * MillisPerDay, "9999-12-01")]
    [InlineData("timestamp-millis-utc", (2_932_897L * MillisPerDay) - 1, "9999-12-31")]
    [InlineData("timestamp-millis-utc", 2_932_897L * MillisPerDay, "out of range")]
    [InlineData("timestamp-millis-utc", -1L, "1969-12-31")]
    [InlineData("timestamp-micros-local", (-719_162L * MicrosPerDay) - 1, "out of range")]
    [InlineData("timestamp-micros-local", -MicrosPerDay, "1969-12-31")]
    [InlineData("timestamp-micros-local", -MicrosPerDay - 1, "1969-12-30")]
    [InlineData("timestamp-nanos-utc", long.MinValue, "1677-09-21")]
    [InlineData("timestamp-nanos-utc", long.MaxValue, "2262-04-11")]
    public void A_stored_date_reads_as_its_day_or_is_flagged_out_of_range(string shape, long stored, string expected)
    {
        var column = Shape.All.Single(s => s.Name == shape);
        byte[] raw = column.Physical == PhysicalType.Int32 ? BitConverter.GetBytes(checked((int)stored)) : BitConverter.GetBytes(stored);
        var file = ReferenceFile.Write(column, new Settings(WriteEncoding.DeltaBinaryPacked, PS.ParquetDataPageVersion.V2, PS.Compression.Zstd, Optional: true), [raw, null, raw]);

        var decoded = Component.Decode(file, ReferenceFile.Column, Target.Dates);

        var row = expected == "out of range" ? Row.OutOfRange : Row.Day(DateOnly.ParseExact(expected, "yyyy-MM-dd").DayNumber);
        Assert.Null(decoded.Error);
        Assert.Equal([row, Row.Null, row], decoded.Rows);
    }

    [Fact]
    public void Rows_out_of_range_are_counted_so_a_caller_can_skip_looking_when_there_are_none()
    {
        var file = ReferenceFile.Write(
            Shape.Date, new Settings(WriteEncoding.Plain, PS.ParquetDataPageVersion.V1, PS.Compression.Snappy, Optional: true),
            [BitConverter.GetBytes(2_932_897), null, BitConverter.GetBytes(0), BitConverter.GetBytes(int.MinValue)]);
        var (field, chunks) = Component.Footer(file, ReferenceFile.Column);
        Assert.True(ParquetNetChunks.TryDescribe(field, chunks[0], out var descriptor, out _));

        var (result, _) = Component.DecodeChunk(file.AsSpan((int)descriptor.Start, (int)descriptor.Length), descriptor, Target.Dates, TextRendering.Hex);

        Assert.Equal(new ChunkDecoded(Rows: 4, Nulls: 1, Rejected: 2), result);
    }
}
