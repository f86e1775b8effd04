using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Planning;
using FunctionalScoring.Shell.Report;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Report;

/// <summary>A plan from Core.Planning as the report shows it: additions only, in units, through their type.</summary>
public sealed class CheapestPlanTests
{
    [Fact]
    public void Each_addition_is_listed_in_its_unit_with_its_type_then_cost_and_totals()
    {
        var plan = new PathPlan(
            PathName.SMB,
            Seq(
                new PlanStep(Metric.NetCustomerAdds, None, 2, 2m, 12m, 16m),
                new PlanStep(Metric.IntermediateCertifications, None, 0, 0m, 10m, 10m),
                new PlanStep(Metric.UsageGrowth, Some(AssociationType.CPOR), 150, 150m, 20m, 29m)),
            Cost: 152m,
            TotalBefore: 57m,
            TotalAfter: 70m);

        Assert.Equal(
            "<ul class=\"plan-steps\">"
            + "<li><span class=\"swatch\" style=\"background:#0072B2\"></span>+2 tenants</li>"
            + "<li><span class=\"swatch\" style=\"background:#E69F00\"></span>+150 users <span class=\"muted\">via CPOR</span></li>"
            + "</ul><span class=\"plan-outcome\">cost 152 · total 57.00 → 70.00</span>",
            CheapestPlan.Render(plan));
    }

    [Fact]
    public void A_path_no_addition_can_qualify_says_so() =>
        Assert.Equal("<span class=\"muted\">no additions can qualify this path</span>", CheapestPlan.Render(None));
}
