using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Time;
using static FunctionalScoring.Core.Tests.Support.TestWindow;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Tests.Evaluation;

/// <summary>The evidence rows behind a partner's scores: one per counted unit, as typed facts.</summary>
public class PartnerEvidenceTests
{
    private static readonly Month October = Month.Of(2024, 10);

    /// <summary>§8 example 4: the pair's claim and start month, its MAU then and in M, and the 250 it adds.</summary>
    [Fact]
    public void R15_a_pair_claimed_inside_the_window_shows_its_claim_its_start_and_both_MAU()
    {
        var run = WorkedExamples.ClaimInsideTheWindow.Run();

        Assert.Equal(
            Seq1(Pair(Metric.UsageGrowth, EvidenceKind.PairGrowth, AssociationType.CSP, "S1", "Teams", M, 250, October, pau: 200, mau: 400) with
            {
                StartMonth = October,
                MauAtStart = 150L,
                Lost = false,
            }),
            run.Evidence("P1", PathName.SMB, Metric.UsageGrowth));
    }

    [Fact]
    public void R15_a_lost_pair_is_a_row_of_the_baseline_that_subtracts_its_MAU_then()
    {
        var run = WorkedExamples.LostPair.Run();

        Assert.Equal(
            Seq1(Pair(Metric.UsageGrowth, EvidenceKind.PairGrowth, AssociationType.CPOR, "T1", "Teams", B, -80, Month.Of(2023, 1), pau: 100, mau: 80) with { Lost = true }),
            run.Evidence("P1", PathName.SMB, Metric.UsageGrowth));
    }

    /// <summary>
    /// R18: T1's Teams was claimed inside the window already deployed, so T1 is a row that adds 0;
    /// T2's Exchange was too, but its Teams counts, so T2 is shown through Teams and adds 1. The
    /// baseline deployment of T2 subtracts 1 and has no R18 flag. CSP's value is 0, so CPOR (listed
    /// first, also 0) is reported (R14) and the CSP rows are not.
    /// </summary>
    [Fact]
    public void R18_a_tenant_is_shown_through_a_pair_that_counts_and_adds_nothing_when_every_pair_was_claimed_deployed()
    {
        var run = Scenario.Empty
            .With(
                Row.Usage("T1", "Teams", "2024-10-01", 100, 60),
                Row.Usage("T1", "Teams", MDay, 100, 50),
                Row.Usage("T2", "Exchange", "2024-10-01", 100, 70),
                Row.Usage("T2", "Exchange", MDay, 100, 90),
                Row.Usage("T2", "Teams", BDay, 100, 45),
                Row.Usage("T2", "Teams", MDay, 200, 100))
            .With(
                Row.Association("P1", "T1", "Teams", "CSP", "2024-10-15"),
                Row.Association("P1", "T2", "Exchange", "CSP", "2024-10-15"),
                Row.Association("P1", "T2", "Teams", "CSP", LongAgo))
            .Run();

        Assert.Equal(
            Seq(
                Pair(Metric.Deployments, EvidenceKind.Deployment, AssociationType.CSP, "T2", "Teams", B, -1, Month.Of(2023, 1), pau: 100, mau: 45, reported: false),
                Pair(Metric.Deployments, EvidenceKind.Deployment, AssociationType.CSP, "T1", "Teams", M, 0, October, pau: 100, mau: 50, reported: false) with { ExcludedByR18 = true },
                Pair(Metric.Deployments, EvidenceKind.Deployment, AssociationType.CSP, "T2", "Teams", M, 1, Month.Of(2023, 1), pau: 200, mau: 100, reported: false) with { ExcludedByR18 = false }),
            run.Evidence("P1", PathName.SMB, Metric.Deployments));
        Assert.Equal(Some(0.5m), run.Evidence("P1", PathName.SMB, Metric.Deployments)[2].ActiveShare);
    }

    /// <summary>
    /// R10: T1 is credited through Teams and Exchange, by CSP and by CPOR: one row, through its first
    /// workload in the rule set's order (Exchange) and the first of the path's types (CPOR).
    /// </summary>
    [Fact]
    public void R10_a_tenant_linked_through_several_pairs_and_types_is_one_row_through_its_first_link()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, 100, 10), Row.Usage("T1", "Exchange", MDay, 50, 20))
            .With(Row.Association("P1", "T1", null, "CSP", LongAgo), Row.Association("P1", "T1", null, "CPOR", "2024-10-15"))
            .Run();

        Assert.Equal(
            Seq1(Pair(Metric.NetCustomerAdds, EvidenceKind.Customer, AssociationType.CPOR, "T1", "Exchange", M, 1, October, pau: 50, mau: 20)),
            run.Evidence("P1", PathName.SMB, Metric.NetCustomerAdds));
    }

    /// <summary>R12: a person with two listed certifications is one row, through the first on the rule set's list.</summary>
    [Fact]
    public void R12_a_person_with_several_listed_certifications_is_one_row_through_the_first_listed()
    {
        var run = Scenario.Empty
            .With(
                Row.Certification("P1", "A", "MS-700", "2024-01-01"),
                Row.Certification("P1", "A", "Microsoft 365 Certified: Messaging Administrator Associate", "2024-01-01"))
            .Run();

        Assert.Equal(
            Seq1(new Evidence(
                "P1", PathName.SMB, Metric.IntermediateCertifications, EvidenceKind.Person, None, Reported: true,
                TenantId: None, Workload: None, PersonId: "A", Certification: "Microsoft 365 Certified: Messaging Administrator Associate",
                M, 1, None, None, None, None, None, None, None)),
            run.Evidence("P1", PathName.SMB, Metric.IntermediateCertifications));
    }

    /// <summary>
    /// For the reported type, a metric's value is the sum of its rows' contributions, and each type's
    /// value the sum of that type's rows: the rows are the very contributions the metric summed.
    /// </summary>
    [Property(Arbitrary = [typeof(Generators)])]
    public Property Every_value_is_the_sum_of_its_evidence_contributions(Scenario scenario)
    {
        var run = scenario.Run();
        var sums = run.Partners.Bind(partner =>
        {
            var evidence = run.Evidence(partner.PartnerId);
            return partner.Paths.Bind(path => path.Metrics.Bind(metric =>
            {
                var rows = evidence.Filter(e => e.Path == path.Path && e.Metric == metric.Metric);
                return Seq1((metric.Value, rows.Filter(e => e.Reported).Sum(e => e.Contribution)))
                    + metric.ByType.Map(t => (t.Value, rows.Filter(e => e.Via == t.Type).Sum(e => e.Contribution)));
            }));
        });
        return sums.ForAll(s => s.Item1 == s.Item2)
            .Classify(sums.Exists(s => s.Item1 != 0), "some value is not 0")
            .Classify(sums.IsEmpty, "no partner");
    }

    /// <summary>Asking for the evidence changes no score: both come from the same facts.</summary>
    [Property(Arbitrary = [typeof(Generators)])]
    public void Scoring_with_evidence_gives_the_scores_of_scoring_without(Scenario scenario)
    {
        var run = scenario.Run();
        var dataset = run.Checked.Dataset;

        Assert.Equal(
            dataset.PartnerIds.Map(id => Scorer.ScorePartner(run.Rules, dataset, id)),
            dataset.PartnerIds.Map(id => Scorer.ScorePartnerWithEvidence(run.Rules, dataset, id).Score));
    }

    /// <summary>
    /// One row per counted unit: a tenant appears at most once per type and month in net customer
    /// adds and deployments, a pair at most once per type and month in usage growth, a person at
    /// most once per certification metric; and only a deployment in M carries R18's flag.
    /// </summary>
    [Property(Arbitrary = [typeof(Generators)])]
    public bool Each_counted_unit_is_one_row(Scenario scenario)
    {
        var run = scenario.Run();
        var rows = run.Partners.Bind(p => run.Evidence(p.PartnerId));
        var units = rows.Map(e => (e.PartnerId, e.Path, e.Metric, e.Metric == Metric.NetCustomerAdds ? None : e.Via, e.Month, e.TenantId, e.Metric == Metric.UsageGrowth ? e.Workload : None, e.PersonId));
        return units.Distinct().Count() == units.Count
            && rows.ForAll(e => e.ExcludedByR18.IsSome == (e.Kind == EvidenceKind.Deployment && e.Month == M));
    }

    /// <summary>A row about a credited pair of P1 on SMB, with the facts only some kinds have left out.</summary>
    private static Evidence Pair(Metric metric, EvidenceKind kind, AssociationType type, string tenant, string workload, Month month, long contribution, Month claim, long pau, long mau, bool reported = true) =>
        new("P1", PathName.SMB, metric, kind, type, reported, tenant, workload, PersonId: None, Certification: None, month, contribution,
            ClaimMonth: claim, StartMonth: None, MauAtStart: None, Pau: pau, Mau: mau, ExcludedByR18: None, Lost: None);
}
