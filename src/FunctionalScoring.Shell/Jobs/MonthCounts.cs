using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Shell.Jobs;

/// <summary>
/// One as-of month of a history in numbers (R30): how many partners qualify (R22), how many on each
/// path in rule-set order (R21) and, under a window longer than one month, how many hold the
/// designation through it (R32) — None for a month whose whole window the history does not hold.
/// </summary>
public sealed record MonthCounts(Month AsOf, int Partners, int Qualified, Seq<(PathName Path, int Qualified)> Paths, Option<int> InWindow)
{
    /// <summary>Every shown month of a history, oldest first.</summary>
    public static Seq<MonthCounts> Of(HistoryOutcome history)
    {
        var window = history.WindowMonths;
        var paths = history.Rules.Paths.Map(p => p.Path);
        return history.Months.Months.Map(month =>
        {
            var results = history.Partners.Bind(p => p.Find(m => m.AsOf == month).ToSeq()).Strict();
            var whole = window > 1 && history.Partners.Exists(p => p.Exists(m => m.AsOf == month.AddMonths(1 - window)));
            return new MonthCounts(
                month,
                results.Count,
                results.Count(r => r.Qualified),
                paths.Map(path => (path, results.Count(r => r.Path(path).Qualified))).Strict(),
                whole ? history.Partners.Count(p => WindowStatus.Of(p, month, window).QualifiedInWindow) : Prelude.None);
        }).Strict();
    }
}
