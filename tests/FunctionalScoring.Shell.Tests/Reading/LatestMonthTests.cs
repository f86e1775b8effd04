using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Parquet;
using FunctionalScoring.Shell.Reading;
using FunctionalScoring.Shell.Tests.Parquet;
using LanguageExt;
using Parquet;
using static FunctionalScoring.Generation.ParquetFixture;

namespace FunctionalScoring.Shell.Tests.Reading;

/// <summary>R2's default as-of month: the latest usage month that is a first day, found with the help of DATE statistics.</summary>
public sealed class LatestMonthTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    // The latest first day is a row group's max, its min, or inside it; later groups hold only mid-month days.
    [InlineData(new[] { "2025-01-01", "2025-02-01", "2025-03-01", "2025-03-01" }, "2025-03-01")]
    [InlineData(new[] { "2025-01-01", "2025-05-01", "2025-03-01", "2025-03-20" }, "2025-05-01")]
    [InlineData(new[] { "2025-01-15", "2025-01-01", "2025-04-01", "2025-01-20" }, "2025-04-01")]
    [InlineData(new[] { "2025-02-01", "2025-03-01", "2025-06-09", "2025-07-31" }, "2025-03-01")]
    [InlineData(new[] { "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05" }, null)]
    public async Task R2_the_latest_first_day_is_found_whatever_row_group_holds_it(string[] days, string? expected)
    {
        WriteUsage([2, 1, 1], days.Select(d => (object?)DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture)).ToArray());

        var latest = await LatestAsync();

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).DayNumber, latest);
    }

    [Fact]
    public async Task R2_a_first_day_strictly_inside_a_row_group_beats_the_floor_the_statistics_give()
    {
        WriteUsage([3, 1], Day("2025-01-10"), Day("2025-03-01"), Day("2025-03-20"), Day("2025-02-01"));

        Assert.Equal(new DateOnly(2025, 3, 1).DayNumber, await LatestAsync());
    }

    [Fact]
    public async Task R2_a_row_group_holding_a_null_month_is_read_like_any_other()
    {
        WriteUsage([1, 2], DateOnly.Parse("2025-01-01", System.Globalization.CultureInfo.InvariantCulture), null, DateOnly.Parse("2025-02-01", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new DateOnly(2025, 2, 1).DayNumber, await LatestAsync());
    }

    private static object Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private void WriteUsage(int[] rowGroups, params object?[] months)
    {
        var rows = months.Length;
        Write(folder.File("usage.parquet"), rowGroups, CompressionMethod.Snappy,
            Column("tenant_id", FixtureType.Utf8, [.. Enumerable.Repeat<object?>("T1", rows)]),
            Column("workload", FixtureType.Utf8, [.. Enumerable.Repeat<object?>("Teams", rows)]),
            Column("month", FixtureType.Date, months),
            Column("paid_available_units", FixtureType.Int64, [.. Enumerable.Repeat<object?>(10L, rows)]),
            Column("monthly_active_users", FixtureType.Int64, [.. Enumerable.Repeat<object?>(5L, rows)]));
    }

    private async Task<int?> LatestAsync()
    {
        var location = (TableLocation)TableLocation.Find(folder.Path, "usage");
        var latest = await LatestMonth.ReadAsync(location, CancellationToken.None);
        return latest.Case switch
        {
            Core.Time.Month month => month.FirstDay.DayNumber,
            string message when message == Core.Validation.RunError.NoAsOfMonth().Message => null,
            var other => throw new InvalidOperationException($"{other}"),
        };
    }
}
