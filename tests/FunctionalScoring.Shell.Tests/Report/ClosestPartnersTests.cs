using System.Text.RegularExpressions;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Planning;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Shell.Report;
using static FunctionalScoring.Shell.Tests.Report.ScoreBuilder;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Report;

/// <summary>R23 in the report: who is closest, and the per-metric extra_to_close shown as the plan.</summary>
public sealed partial class ClosestPartnersTests
{
    private static readonly PlanningContext Planning = PlanningContext.For(BuiltInRuleSets.Default, Costs.Default);

    [Fact]
    public void The_closest_are_the_non_qualifying_partners_with_the_fewest_points_to_qualify_then_by_id()
    {
        var partners = Seq(WithTotal("P5", 50), WithTotal("P4", 69.99m), WithTotal("P3", 75), WithTotal("P2", 60), WithTotal("P1", 69.99m));
        Assert.Equal(Seq("P1", "P4", "P2"), ReportFigures.Closest(partners, 3).Map(p => p.PartnerId));
    }

    [Fact]
    public void Each_metric_shows_its_extra_to_close_in_its_own_unit_or_a_dash_when_it_alone_cannot_close()
    {
        var partner = Partner("P1", PathOf(
            PathName.Enterprise,
            Scored(Metric.NetCustomerAdds, 20, None),
            Scored(Metric.IntermediateCertifications, 10, None),
            Scored(Metric.AdvancedCertifications, 7.5m, Some(1L)),
            Scored(Metric.UsageGrowth, 21.5m, Some(1_250L)),
            Scored(Metric.Deployments, 10, Some(2L))));

        var html = ClosestPartners.Render(Seq1(partner), 10, Planning);

        Assert.Equal(["–", "–", "+1 person", "+1,250 users", "+2 deployments"], MetricCells().Matches(html).Select(m => m.Groups["text"].Value));
        Assert.Contains("<td class=\"num strong\">1.00</td>", html);
    }

    [Fact]
    public void A_metric_below_the_minimum_is_named_in_the_gap()
    {
        var partner = Partner("P1", PathOf(
            PathName.Enterprise,
            Scored(Metric.NetCustomerAdds, 20, None),
            Scored(Metric.IntermediateCertifications, 10, None),
            Scored(Metric.AdvancedCertifications, 15, None),
            Scored(Metric.UsageGrowth, 30, None),
            Scored(Metric.Deployments, 0, Some(1L))));

        var html = ClosestPartners.Render(Seq1(partner), 10, Planning);

        Assert.Contains("<span class=\"tag warn\">Deployments</span>", html);
        Assert.Contains("+1 deployment<", html);
    }

    [Fact]
    public void A_partner_one_point_short_gets_the_cheapest_plan_reaching_the_qualifying_total()
    {
        // One unit is a hundredth of a point here (ScoreBuilder), so one point costs 100 units of whichever metric has room.
        var html = ClosestPartners.Render(Seq1(WithTotal("P1", 69)), 10, Planning);
        Assert.Contains("<span class=\"plan-outcome\">cost 100 · total 69.00 → 70.00</span>", html);
    }

    [Fact]
    public void When_every_partner_qualifies_there_is_no_gap_table() =>
        Assert.DoesNotContain("<table", ClosestPartners.Render(Seq1(WithTotal("P1", 80)), 10, Planning));

    [GeneratedRegex("<td class=\"num (?:plan|muted)\" title=\"[^\"]*\">(?<text>[^<]*)</td>")]
    private static partial Regex MetricCells();
}
