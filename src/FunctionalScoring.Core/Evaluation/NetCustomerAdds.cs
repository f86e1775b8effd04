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
        MetricScores.Single(facts.Path.Rule(Metric.NetCustomerAdds), Contributions.Sum(Customers(facts)));

    /// <summary>The tenants of Q(M) (+1 each), then those of Q(B) (−1 each).</summary>
    public static ReadOnlySpan<CustomerTenant> Customers(PathFacts facts)
    {
        var customers = new CustomerTenant[Links(facts, facts.AtAsOf) + Links(facts, facts.AtBaseline)];
        var count = Customers(customers, 0, facts, facts.AtAsOf, +1);
        count = Customers(customers, count, facts, facts.AtBaseline, -1);
        return customers.AsSpan(0, count);
    }

    /// <summary>
    /// R10: Q(m), the distinct tenants with a pair credited through any of the path's types. A
    /// tenant linked through several workloads or types counts once (dedupe). Writes the tenants
    /// after <paramref name="count"/> and returns the new count.
    /// </summary>
    private static int Customers(CustomerTenant[] customers, int count, PathFacts facts, Credits credits, int sign)
    {
        // Every link keyed by (pair, rank of its type in the path): sorted, a tenant's links are
        // neighbours and its first one in the rule set's order comes first.
        var links = new CustomerTenant[Links(facts, credits)];
        var keys = new long[links.Length];
        var n = 0;
        var rank = 0;
        foreach (var type in facts.Path.AssociationTypes)
        {
            foreach (var credit in credits.Through(type))
            {
                keys[n] = ((long)credit.Pair * TypeRanks) + rank;
                links[n++] = new CustomerTenant(credit, type, credits.Month, sign);
            }

            rank++;
        }

        Array.Sort(keys, links);
        var lastTenant = -1;
        foreach (var link in links)
        {
            var tenant = facts.Usage.TenantOf(link.Link.Pair);
            if (tenant != lastTenant)
            {
                customers[count++] = link;
                lastTenant = tenant;
            }
        }

        return count;
    }

    private const int TypeRanks = 4;

    /// <summary>How many (pair, type) links a month's credits hold over the path's types.</summary>
    private static int Links(PathFacts facts, Credits credits)
    {
        var links = 0;
        foreach (var type in facts.Path.AssociationTypes)
        {
            links += credits.Through(type).Length;
        }

        return links;
    }
}
