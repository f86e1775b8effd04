using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using LanguageExt;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>R10, R11: net customer adds, |Q(M)| − |Q(B)|.</summary>
public static class NetCustomerAdds
{
    public static MetricScore Score(PartnerFacts facts)
    {
        var asOf = Customers(facts, facts.AtAsOf);
        var baseline = Customers(facts, facts.AtBaseline);
        var evidence = Evidence(facts, asOf, facts.AtAsOf.Month, +1) + Evidence(facts, baseline, facts.AtBaseline.Month, -1);
        return MetricScores.Single(facts.Path.Rule(Metric.NetCustomerAdds), asOf.Count - baseline.Count, evidence);
    }

    /// <summary>
    /// R10: Q(m), the distinct tenants with a credited pair through any of the path's types. A
    /// tenant linked through several workloads or types counts once (dedupe); each maps to the
    /// types and workloads that link it, for the evidence.
    /// </summary>
    private static Seq<(string Tenant, Seq<(AssociationType Type, string Workload)> Links)> Customers(PartnerFacts facts, Credits credits) =>
        credits.ByType
            .ToSeq()
            .Bind(byType => byType.Value.Map(credit => (Tenant: facts.TenantOf(credit.Pair), Link: (byType.Key, facts.WorkloadOf(credit.Pair)))))
            .GroupBy(x => x.Tenant, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(x => x.Link).Distinct().ToSeq()))
            .ToSeq();

    private static Seq<Evidence> Evidence(PartnerFacts facts, Seq<(string Tenant, Seq<(AssociationType Type, string Workload)> Links)> customers, Time.Month month, int sign) =>
        customers.Map(c => new Evidence(
            EvidenceKind.Customer,
            Prelude.None,
            c.Tenant,
            string.Join("; ", c.Links.Map(l => l.Workload).Distinct()),
            "",
            month.ToString(),
            sign,
            $"in band for {facts.Path.Path} in {month} through {string.Join(", ", c.Links.Map(l => l.Type.ToString()).Distinct())}"));
}
