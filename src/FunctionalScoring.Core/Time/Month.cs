namespace FunctionalScoring.Core.Time;

/// <summary>A calendar month, named by its first day (R1). Ordered and cheap: one int.</summary>
public readonly record struct Month(int Index) : IComparable<Month>
{
    /// <summary>The month containing <paramref name="date"/>.</summary>
    public static Month Of(DateOnly date) => new(date.Year * 12 + date.Month - 1);

    /// <summary>The month of a year and a month number (1–12).</summary>
    public static Month Of(int year, int month) => new(year * 12 + month - 1);

    /// <summary>The month containing the day with this <see cref="DateOnly.DayNumber"/>.</summary>
    public static Month OfDayNumber(int dayNumber) => Of(DateOnly.FromDayNumber(dayNumber));

    public int Year => Index / 12;

    public int MonthOfYear => Index % 12 + 1;

    public DateOnly FirstDay => new(Year, MonthOfYear, 1);

    // Not FirstDay.AddMonths(1) − 1 day: December 9999 has no next month in DateOnly (issue 10).
    public DateOnly LastDay => new(Year, MonthOfYear, DateTime.DaysInMonth(Year, MonthOfYear));

    public Month AddMonths(int months) => new(Index + months);

    public int CompareTo(Month other) => Index.CompareTo(other.Index);

    public static bool operator <(Month a, Month b) => a.Index < b.Index;

    public static bool operator >(Month a, Month b) => a.Index > b.Index;

    public static bool operator <=(Month a, Month b) => a.Index <= b.Index;

    public static bool operator >=(Month a, Month b) => a.Index >= b.Index;

    /// <summary>Parses <c>YYYY-MM</c> (or a first day <c>YYYY-MM-01</c>).</summary>
    public static LanguageExt.Option<Month> Parse(string text)
    {
        var parts = text.Trim().Split('-');
        return parts.Length is 2 or 3
            && int.TryParse(parts[0], out var year) && year is >= 1 and <= 9999
            && int.TryParse(parts[1], out var month) && month is >= 1 and <= 12
            && (parts.Length == 2 || parts[2] == "01")
            ? LanguageExt.Prelude.Some(Of(year, month))
            : LanguageExt.Prelude.None;
    }

    // Evidence names a month per row; formatting each time showed up in the bench's profile.
    private static readonly string[] Names = [.. Enumerable.Range(1900 * 12, 300 * 12).Select(i => Format(new Month(i)))];

    public override string ToString() =>
        Index - (1900 * 12) is var i && i >= 0 && i < Names.Length ? Names[i] : Format(this);

    private static string Format(Month month) => $"{month.Year:D4}-{month.MonthOfYear:D2}";
}
