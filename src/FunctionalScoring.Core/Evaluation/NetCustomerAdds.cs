using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>
/// R10: a tenant of Q(m), shown through one credited link: its first pair, and the first of the
/// path's types crediting that pair, in the rule set's order. +1 in M, −1 in B.
/// </summary>
public readonly record struct CustomerTenant(CreditedPair Link, AssociationType Type, Month Month, int Sign) : IContribution
{
    public long Contribution => Sign;
}

/// <summary>R10, R11: net customer adds, |Q(M)| − |Q(B)|.</summary>
public static class NetCustomerAdds
{
    public static MetricScore Score(PathFacts facts) =>
        MetricScores.Single(facts.Path.Rule(Metric.NetCustomerAdds), Contributions.Sum<CustomerTenant>(Customers(facts)));

    /// <summary>The tenants of Q(M) (+1 each) and of Q(B) (−1 each).</summary>
    public static CustomerTenant[] Customers(PathFacts facts) =>
        [.. Customers(facts, facts.AtAsOf, +1), .. Customers(facts, facts.AtBaseline, -1)];

    /// <summary>
    /// R10: Q(m), the distinct tenants with a pair credited through any of the path's types. A
    /// tenant linked through several workloads or types counts once (dedupe).
    /// </summary>
    private static CustomerTenant[] Customers(PathFacts facts, Credits credits, int sign)
    {
        var links = new List<(CreditedPair Credit, int TypeRank, AssociationType Type)>();
        var rank = 0;
        foreach (var type in facts.Path.AssociationTypes)
        {
            foreach (var credit in credits.Through(type))
            {
                links.Add((credit, rank, type));
            }

            rank++;
        }

        links.Sort(static (a, b) => a.Credit.Pair != b.Credit.Pair ? a.Credit.Pair.CompareTo(b.Credit.Pair) : a.TypeRank.CompareTo(b.TypeRank));
        var customers = new List<CustomerTenant>();
        var lastTenant = -1;
        foreach (var (credit, _, type) in links)
        {
            var tenant = facts.Usage.TenantOf(credit.Pair);
            if (tenant != lastTenant)
            {
                customers.Add(new CustomerTenant(credit, type, credits.Month, sign));
                lastTenant = tenant;
            }
        }

        return [.. customers];
    }
}
