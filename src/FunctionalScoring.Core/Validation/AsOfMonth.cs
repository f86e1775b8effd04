using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Validation;

/// <summary>
/// R2: which month a run is evaluated as of — the latest usage month that is a first day (a
/// malformed month never moves M). A fold over the month column: <see cref="Latest(ReadOnlySpan{int}, int)"/>
/// over each batch, starting from <see cref="NoDay"/>; a reader may start from <see cref="FloorOf"/>
/// of exact statistics instead and skip what cannot hold a later first day.
/// </summary>
public static class AsOfMonth
{
    /// <summary>No first day seen yet.</summary>
    public const int NoDay = int.MinValue;

    /// <summary>The requested month, or else the latest first-day month of a column.</summary>
    public static Either<RunError, Month> Resolve(Option<Month> requested, DateColumn usageMonths) =>
        requested.Match(
            Some: month => Prelude.Right<RunError, Month>(month),
            None: () => Of(Latest(usageMonths.DayNumbers, NoDay)).ToEither(RunError.NoAsOfMonth()));

    /// <summary>The month of the latest first day found, if any.</summary>
    public static Option<Month> Of(int latestFirstDay) => latestFirstDay == NoDay ? Prelude.None : Month.OfDayNumber(latestFirstDay);

    /// <summary>The later of <paramref name="latest"/> and the latest first day among <paramref name="days"/>.</summary>
    public static int Latest(ReadOnlySpan<int> days, int latest)
    {
        foreach (var day in days)
        {
            if (day > latest && day >= 0 && IsFirstDay(day))
            {
                latest = day;
            }
        }

        return latest;
    }

    /// <summary>
    /// Exact statistics of a row group name two values it really holds, its min and max: the later
    /// of them that is a first day is a floor for M (<see cref="NoDay"/> when neither is).
    /// </summary>
    public static int FloorOf(int minDay, int maxDay) =>
        IsFirstDay(maxDay) ? maxDay : IsFirstDay(minDay) ? minDay : NoDay;

    /// <summary>Whether a row group whose days end at <paramref name="maxDay"/> can hold a first day later than <paramref name="floor"/>.</summary>
    public static bool MayRaise(int floor, int maxDay) => maxDay > floor;

    private static bool IsFirstDay(int day) => day >= 0 && DateOnly.FromDayNumber(day).Day == 1;
}
