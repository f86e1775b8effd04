using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Generation;

/// <summary>The months of a synthetic dataset: usage from <see cref="First"/> to <see cref="Last"/> (M), baseline B = M − 12 (R2).</summary>
internal sealed record Calendar(int First, int Baseline, int Last)
{
    public static Calendar Of(GeneratorOptions options) =>
        new(options.FirstMonth.Index, options.LastMonth.AddMonths(-12).Index, options.LastMonth.Index);

    public int Months => Last - First + 1;

    public static DateOnly FirstDay(int month) => new Month(month).FirstDay;

    /// <summary>A day of <paramref name="month"/>, 1 to the month's last day.</summary>
    public static DateOnly DayOf(int month, ref SplitMix64 random)
    {
        var first = new Month(month).FirstDay;
        return first.AddDays(random.Below(DateTime.DaysInMonth(first.Year, first.Month)));
    }

    /// <summary>A day of a month drawn from [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static DateOnly DayBetween(int from, int to, ref SplitMix64 random) => DayOf(random.Between(from, to), ref random);
}
