using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Shell.Streaming;

/// <summary>
/// R29 for a day number in one array read: which month of [B, M] a day falls in (−1 outside) and
/// whether it is a first day. Replaces a date conversion per row in the hot loop.
/// </summary>
public sealed class WindowDays
{
    private readonly int firstDay;
    private readonly sbyte[] monthOffset;
    private readonly bool[] firstOfMonth;

    public WindowDays(EvaluationWindow window)
    {
        firstDay = window.Baseline.FirstDay.DayNumber;
        var days = window.AsOf.LastDay.DayNumber - firstDay + 1;
        monthOffset = new sbyte[days];
        firstOfMonth = new bool[days];
        for (var i = 0; i < days; i++)
        {
            var date = DateOnly.FromDayNumber(firstDay + i);
            monthOffset[i] = (sbyte)window.OffsetOf(Month.Of(date));
            firstOfMonth[i] = date.Day == 1;
        }
    }

    /// <summary>The month offset in [B, M] (0 = B, 12 = M), or −1 when the day lies outside the window.</summary>
    public int OffsetOf(int dayNumber)
    {
        var i = dayNumber - firstDay;
        return i >= 0 && i < monthOffset.Length ? monthOffset[i] : -1;
    }

    /// <summary>Whether an in-window day is the first of its month.</summary>
    public bool IsFirstDay(int dayNumber) => firstOfMonth[dayNumber - firstDay];
}
