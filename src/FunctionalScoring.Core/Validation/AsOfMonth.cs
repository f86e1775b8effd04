using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Validation;

/// <summary>R2: which month a run is evaluated as of.</summary>
public static class AsOfMonth
{
    /// <summary>The requested month, or else the latest usage month that is a first day (a malformed month never moves M).</summary>
    public static Either<RunError, Month> Resolve(Option<Month> requested, DateColumn usageMonths) =>
        requested.Match(
            Some: month => Prelude.Right<RunError, Month>(month),
            None: () => Latest(usageMonths).ToEither(RunError.NoAsOfMonth()));

    /// <summary>The latest first-day month of a column, if any.</summary>
    public static Option<Month> Latest(DateColumn months)
    {
        var latest = int.MinValue;
        foreach (var day in months.DayNumbers)
        {
            if (day > latest && day != DateColumn.Null && DateOnly.FromDayNumber(day).Day == 1)
            {
                latest = day;
            }
        }

        return latest == int.MinValue ? Prelude.None : Month.OfDayNumber(latest);
    }
}
