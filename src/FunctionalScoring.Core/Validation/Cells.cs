using FunctionalScoring.Core.Input;

namespace FunctionalScoring.Core.Validation;

/// <summary>R28: cells a reader could not turn into values are reasons of their own, never guessed at.</summary>
internal static class Cells
{
    /// <summary><see cref="RowReason.InvalidText"/> or <see cref="RowReason.DateOutOfRange"/> when a cell of the row holds one; else None.</summary>
    public static RowReason Unreadable(int row, ReadOnlySpan<TextColumn> texts, ReadOnlySpan<DateColumn> dates)
    {
        foreach (var text in texts)
        {
            if (text.Codes[row] == TextColumn.Invalid)
            {
                return RowReason.InvalidText;
            }
        }

        foreach (var date in dates)
        {
            if (date.DayNumbers[row] == DateColumn.OutOfRange)
            {
                return RowReason.DateOutOfRange;
            }
        }

        return RowReason.None;
    }
}
