using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Tests.Time;

/// <summary>R1, R3: months named by their first day, and being in force on a month's last day.</summary>
public class MonthTests
{
    [Theory]
    [InlineData(2024, 2, "2024-02-29")]
    [InlineData(2025, 6, "2025-06-30")]
    [InlineData(9999, 12, "9999-12-31")]
    [InlineData(1, 1, "0001-01-31")]
    public void R3_a_months_last_day_exists_even_for_the_last_month_DateOnly_holds(int year, int month, string lastDay)
    {
        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), Month.Of(year, month).LastDay);
    }

    [Theory]
    [InlineData("2025-06", 2025, 6)]
    [InlineData("2025-06-01", 2025, 6)]
    [InlineData(" 2024-02 ", 2024, 2)]
    public void R1_a_month_parses_from_its_name_or_its_first_day(string text, int year, int month)
    {
        Assert.Equal(Prelude.Some(Month.Of(year, month)), Month.Parse(text));
    }

    [Theory]
    [InlineData("2025-06-15")]
    [InlineData("2025-13")]
    [InlineData("June 2025")]
    [InlineData("")]
    public void R1_anything_else_is_no_month(string text)
    {
        Assert.Equal(Option<Month>.None, Month.Parse(text));
    }

    [Theory]
    [InlineData(2024, 2, "2024-02-01", "2024-02-29")]
    [InlineData(2025, 2, "2025-02-01", "2025-02-28")]
    [InlineData(2025, 12, "2025-12-01", "2025-12-31")]
    public void R1_R3_a_month_runs_from_its_first_to_its_last_day(int year, int month, string first, string last)
    {
        var m = Month.Of(year, month);

        Assert.Equal((Support.Row.Day(first), Support.Row.Day(last), $"{year:D4}-{month:D2}"), ((DateOnly?)m.FirstDay, (DateOnly?)m.LastDay, m.ToString()));
    }

    [Theory]
    [InlineData("2025-06-30", null, true)]
    [InlineData("2025-07-01", null, false)]
    [InlineData("2025-01-01", "2025-06-30", false)]
    [InlineData("2025-01-01", "2025-07-01", true)]
    [InlineData("2025-06-30", "2025-06-30", false)]
    public void R3_in_force_on_the_last_day_of_the_month(string from, string? until, bool inForce)
    {
        Option<DateOnly> ended = Prelude.Optional(Support.Row.Day(until));

        Assert.Equal(inForce, EvaluationWindow.InForce(Support.Row.Day(from)!.Value, ended, Month.Of(2025, 6)));
    }

    [Fact]
    public void R2_the_window_covers_B_to_M()
    {
        var window = new EvaluationWindow(Month.Of(2025, 6));

        Assert.Equal(
            [false, true, true, true, false],
            new[] { Month.Of(2024, 5), Month.Of(2024, 6), Month.Of(2024, 12), Month.Of(2025, 6), Month.Of(2025, 7) }.Select(window.Covers).ToArray());
    }
}
