using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.History;

/// <summary>
/// Why one path of one partner moved from the month before <see cref="AsOf"/> to <see cref="AsOf"/>:
/// its qualification (R21) and total (R20) on both sides, and each metric's change of points in
/// <see cref="Metrics.All"/> order — the total's change is their sum.
/// </summary>
public sealed record HistoryChange(
    string PartnerId, Month AsOf, PathName Path, bool QualifiedBefore, bool QualifiedAfter, decimal TotalBefore, decimal TotalAfter, Seq<decimal> PointsChange)
{
    public decimal ChangeOf(Metric metric) => PointsChange[(int)metric];

    public bool Gained => !QualifiedBefore && QualifiedAfter;

    public bool Lost => QualifiedBefore && !QualifiedAfter;
}

/// <summary>The months where a partner's result moved: what a history's "why it moved" output lists.</summary>
public static class HistoryChanges
{
    /// <summary>
    /// Every pair of consecutive months of <paramref name="history"/> (oldest first), path by path in
    /// rule-set order, where the path's qualification or some metric's points changed. The first month
    /// has no month before it in the history, so it never appears.
    /// </summary>
    public static Seq<HistoryChange> Of(Seq<PartnerMonth> history) =>
        history.Zip(history.Tail)
            .Filter(pair => pair.Item2.AsOf == pair.Item1.AsOf.AddMonths(1))
            .Bind(pair => Between(pair.Item1, pair.Item2))
            .Strict();

    /// <summary>The paths that moved from <paramref name="before"/> to <paramref name="after"/>, the partner's results of two months.</summary>
    public static Seq<HistoryChange> Between(PartnerMonth before, PartnerMonth after) =>
        after.Paths.Bind(path => Of(after.PartnerId, after.AsOf, before.Path(path.Path), path).ToSeq());

    /// <summary>One path's move; None when neither its qualification nor any metric's points changed.</summary>
    public static Option<HistoryChange> Of(string partner, Month asOf, PathMonth before, PathMonth after)
    {
        var change = Metrics.All.Map(m => after.PointsOf(m) - before.PointsOf(m)).Strict();
        return before.Qualified == after.Qualified && change.ForAll(c => c == 0)
            ? Prelude.None
            : new HistoryChange(partner, asOf, after.Path, before.Qualified, after.Qualified, before.Total, after.Total, change);
    }
}
