using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.Usage;

/// <summary>
/// The month of a day number and whether it is a first day, by one array read for the days of the
/// evaluated windows (the hot loop of the usage fold) and by date arithmetic elsewhere.
/// </summary>
internal sealed class DayCalendar
{
    private readonly int firstDay;
    private readonly int[] monthOf;
    private readonly bool[] firstOfMonth;

    public DayCalendar(LanguageExt.Option<EvaluationMonths> months)
    {
        var (from, to) = months.Match(m => (m.Earliest.FirstDay.DayNumber, m.Last.LastDay.DayNumber), () => (0, -1));
        firstDay = from;
        monthOf = new int[to - from + 1];
        firstOfMonth = new bool[monthOf.Length];
        for (var i = 0; i < monthOf.Length; i++)
        {
            var date = DateOnly.FromDayNumber(from + i);
            monthOf[i] = Month.Of(date).Index;
            firstOfMonth[i] = date.Day == 1;
        }
    }

    /// <summary>The month index of a valid day number.</summary>
    public int MonthOf(int dayNumber)
    {
        var i = dayNumber - firstDay;
        return unchecked((uint)i) < (uint)monthOf.Length ? monthOf[i] : Month.OfDayNumber(dayNumber).Index;
    }

    public bool IsFirstDay(int dayNumber)
    {
        var i = dayNumber - firstDay;
        return unchecked((uint)i) < (uint)firstOfMonth.Length ? firstOfMonth[i] : DateOnly.FromDayNumber(dayNumber).Day == 1;
    }
}
