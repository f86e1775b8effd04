using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using LanguageExt;
using static FunctionalScoring.Core.Tests.Support.TestWindow;

namespace FunctionalScoring.Core.Tests.Validation;

/// <summary>R2: the as-of month M, its baseline B = M − 12 and the warning about missing history.</summary>
public class AsOfMonthTests
{
    [Fact]
    public void R2_as_of_defaults_to_the_latest_first_day_month_of_the_usage_table()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", "2025-04-01", 20, 5), Row.Usage("T2", "Teams", MDay, 20, 5), Row.Usage("T3", "Teams", "2025-05-01", 20, 5))
            .RunWithDefaultAsOf();

        Assert.Equal((M, B), (run.Window.AsOf, run.Window.Baseline));
    }

    [Fact]
    public void R2_a_malformed_month_never_moves_the_as_of_month()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, 20, 5), Row.Usage("T1", "Teams", "2025-07-15", 20, 5), Row.Usage("T1", "Teams", null, 20, 5))
            .RunWithDefaultAsOf();

        Assert.Equal(M, run.Window.AsOf);
        Assert.Equal(
            [(Outcome.Used, RowReason.None, 1L), (Outcome.Ignored, RowReason.OutsideWindow, 1L), (Outcome.Rejected, RowReason.EmptyUsageKey, 1L)],
            run.Lines(TableName.Usage));
    }

    [Fact]
    public void R2_a_given_as_of_month_wins_over_the_usage_table()
    {
        var run = Scenario.Empty.With(Row.Usage("T1", "Teams", MDay, 20, 5)).TryRun(asOf: Month.Of(2025, 3));

        Assert.Equal(Prelude.Seq1(Month.Of(2025, 3)), run.Map(r => r.Window.AsOf).RightToSeq());
    }

    [Fact]
    public void R2_no_first_day_month_and_no_as_of_month_stops_the_run()
    {
        var run = Scenario.Empty.With(Row.Usage("T1", "Teams", "2025-06-15", 20, 5), Row.Usage("T1", "Teams", null, 20, 5)).TryRun();

        Assert.Equal(Prelude.Left<RunError, RunResult>(RunError.NoAsOfMonth()), run);
    }

    [Fact]
    public void R2_an_empty_usage_table_without_an_as_of_month_stops_the_run()
    {
        Assert.Equal(Prelude.Left<RunError, RunResult>(RunError.NoAsOfMonth()), Scenario.Empty.TryRun());
    }

    [Theory]
    [InlineData("2025-06-01", "2025-06")]
    [InlineData("2025-06-15", null)]
    [InlineData("2025-05-01 2025-07-15", "2025-05")]
    [InlineData("2024-12-01 2025-01-31 2023-01-01", "2024-12")]
    [InlineData("2024-12-02 2024-11-30", null)]
    public void R2_the_latest_month_reads_first_days_only(string days, string? latest)
    {
        var column = DateColumn.Of([.. days.Split(' ').Select(Row.Day)]);

        Assert.Equal(Prelude.Optional(latest).Bind(Month.Parse), AsOfMonth.Of(AsOfMonth.Latest(column.DayNumbers, AsOfMonth.NoDay)));
    }

    [Fact]
    public void R2_missing_baseline_rows_run_with_a_warning()
    {
        var run = Scenario.Empty.With(Row.Usage("T1", "Teams", MDay, 20, 5)).Run();

        var warning = Assert.Single(run.Warnings);
        Assert.Contains("2024-06", warning);
    }

    [Fact]
    public void R2_baseline_rows_give_no_warning()
    {
        var run = Scenario.Empty.With(Row.Usage("T1", "Teams", BDay, 20, 5), Row.Usage("T1", "Teams", MDay, 20, 5)).Run();

        Assert.Empty(run.Warnings);
    }

    [Theory]
    [InlineData(2025, 6, 2024, 6)]
    [InlineData(2025, 1, 2024, 1)]
    [InlineData(2024, 2, 2023, 2)]
    public void R2_the_baseline_is_twelve_months_before_as_of(int year, int month, int baselineYear, int baselineMonth)
    {
        Assert.Equal(Month.Of(baselineYear, baselineMonth), new EvaluationWindow(Month.Of(year, month)).Baseline);
    }
}
