using FunctionalScoring.Core.Domain;
using LanguageExt;

namespace FunctionalScoring.Core.Planning;

/// <summary>
/// What to add to one metric: so many units (tenants, persons, users, deployed tenants) through
/// one association type for the per-type metrics, their cost, and the metric's points before and
/// after (R9). Usage growth units are active users added to one type's value: the plan's
/// abstraction of "grow usage by this many users", however the users are found.
/// </summary>
public sealed record PlanStep(Metric Metric, Option<AssociationType> Via, long Units, decimal Cost, decimal PointsBefore, decimal PointsAfter);

/// <summary>The cheapest additions that make one path qualify (R21): one step per metric, in the path's order, units 0 where nothing is added.</summary>
public sealed record PathPlan(PathName Path, Seq<PlanStep> Steps, decimal Cost, decimal TotalBefore, decimal TotalAfter)
{
    public Seq<PlanStep> Additions => Steps.Filter(s => s.Units > 0);
}

/// <summary>A partner that does not qualify: the plan for every path that can qualify, and the paths no addition can qualify.</summary>
public sealed record PartnerPlan(string PartnerId, string PartnerName, Seq<PathPlan> Paths, Seq<PathName> Infeasible)
{
    /// <summary>The cheapest path's plan; ties go to the path listed first in the rule set (as R22 does).</summary>
    public Option<PathPlan> Cheapest =>
        Paths.IsEmpty ? Prelude.None : Paths.Tail.Fold(Paths.Head, (best, next) => next.Cost < best.Cost ? next : best);
}
