using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;

namespace FunctionalScoring.Shell.Outputs;

/// <summary>One row of <c>evidence.parquet</c>.</summary>
public readonly record struct EvidenceRow(string PartnerId, PathName Path, Metric Metric, bool Reported, Evidence Evidence);

/// <summary>Every evidence row of every type, flagged <c>reported</c> when its type is the one the metric reports.</summary>
public static class EvidenceRows
{
    /// <summary>
    /// The evidence rows of one partner, in output order. Paths and metrics are already in order:
    /// sorting within one metric's rows gives the same order as a sort of the whole table, so the
    /// rows of partners in partner-id order, one after the other, are the whole table's order.
    /// </summary>
    public static EvidenceRow[] Of(PartnerScore partner) =>
        [.. from path in partner.Paths.OrderBy(p => p.Path)
            from metric in path.Metrics.OrderBy(m => m.Metric)
            from row in OfMetric(partner.PartnerId, path.Path, metric)
            select row];

    private static EvidenceRow[] OfMetric(string partnerId, PathName path, MetricScore metric)
    {
        var rows = metric.ByType.IsEmpty
            ? metric.Evidence.Map(e => new EvidenceRow(partnerId, path, metric.Metric, metric.Via.IsNone, e)).ToArray()
            : metric.ByType.Bind(t => t.Evidence.Map(e => new EvidenceRow(partnerId, path, metric.Metric, metric.Via == t.Type, e))).ToArray();
        EvidenceOrder.Sort(rows);
        return rows;
    }
}
