using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Shell.Jobs;
using LanguageExt;
using LanguageExt.ClassInstances;

namespace FunctionalScoring.Shell.Report;

/// <summary>
/// What the report's trends section draws, from a history (R30): the counts of every month, each
/// partner's reported total month by month (oldest first) for its sparkline, and the partners at risk
/// under the window (R32) with their cheapest plans.
/// </summary>
public sealed record ReportTrends(Month AsOf, int WindowMonths, Seq<MonthCounts> Months, Map<OrdStringOrdinal, string, Seq<decimal>> Totals, Seq<AtRiskPartner> AtRisk)
{
    public static ReportTrends Of(HistoryOutcome history, Seq<AtRiskPartner> atRisk) =>
        new(
            history.Months.Last,
            history.WindowMonths,
            MonthCounts.Of(history),
            Prelude.toMap<OrdStringOrdinal, string, Seq<decimal>>(history.Partners.Map(p => (p.Head.PartnerId, HistoryOutcome.Shown(p, history.Months).Map(m => m.Reported.Total).Strict()))),
            atRisk);

    /// <summary>A partner's reported totals, oldest first; empty for a partner the history does not know.</summary>
    public Seq<decimal> TotalsOf(string partner) => Totals.Find(partner).IfNone(Seq<decimal>.Empty);
}
