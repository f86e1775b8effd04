using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Validation;
using LanguageExt;

namespace FunctionalScoring.Core.Tests.Validation;

/// <summary>R29: rows a reader skipped unread (row groups outside the window) are counted, never lost.</summary>
public class SkippedRowsTests
{
    [Fact]
    public void R29_rows_skipped_unread_are_ignored_as_outside_the_window()
    {
        var raw = Scenario.Empty.With(Row.Usage("T1", "Teams", TestWindow.MDay, 20, 5), Row.Usage("T1", "Teams", "2023-01-01", 20, 5)).Raw;
        var skipping = raw with { Usage = raw.Usage with { Sources = Prelude.Seq1(new SourceSpan("usage/part-0.parquet", 0, 2, 40, 40)) } };

        var run = Scoring.Run(TestRuleSets.Default, skipping, TestWindow.M).Match(Right: r => r, Left: e => throw new InvalidOperationException(e.Message));

        Assert.Equal([(Outcome.Used, RowReason.None, 1L), (Outcome.Ignored, RowReason.OutsideWindow, 41L)], run.Lines(TableName.Usage));
        Assert.Equal(42L, run.Accounting.Read(TableName.Usage));
    }

    [Fact]
    public void R28_a_rejected_row_is_located_in_its_file()
    {
        var raw = Scenario.Empty.With(Row.Usage("T1", "Teams", TestWindow.MDay, 20, 5), Row.Usage("T1", "Teams", "2025-03-15", 20, 5)).Raw;
        var parts = raw with
        {
            Usage = raw.Usage with { Sources = Prelude.Seq(new SourceSpan("usage/part-0.parquet", 0, 1, 0, 0), new SourceSpan("usage/part-1.parquet", 1, 1, 7, 0)) },
        };

        var run = Scoring.Run(TestRuleSets.Default, parts, TestWindow.M).Match(Right: r => r, Left: e => throw new InvalidOperationException(e.Message));

        Assert.Equal([("usage/part-1.parquet", 7L, RowReason.MonthNotFirstDay)], run.Rejections.Map(r => (r.SourceFile, r.Row, r.Reason)).ToArray());
    }
}
