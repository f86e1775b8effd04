using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>
/// R18, R19: a tenant with a deployed pair through one type, shown through one of those pairs (the
/// first in the rule set's workload order that counts, else the first). In M it counts +1 unless
/// every deployed pair was claimed inside the window already deployed (<see cref="ExcludedByR18"/>:
/// 0); in B it counts −1.
/// </summary>
public readonly record struct DeployedTenant(CreditedPair Pair, Month Month, bool ExcludedByR18, int Sign) : IContribution
{
    public long Contribution => ExcludedByR18 ? 0 : Sign;
}

/// <summary>R17–R19: deployments, per association type; the best type wins.</summary>
public static class Deployments
{
    public static MetricScore Score(PathFacts facts) =>
        MetricScores.PerType(facts.Path, Metric.Deployments, type => Contributions.Sum(Tenants(facts, type)));

    /// <summary>R18, R19: the deployed tenants through one type in M (after R18's exclusion), then in B.</summary>
    public static ReadOnlySpan<DeployedTenant> Tenants(PathFacts facts, AssociationType type)
    {
        var atAsOf = facts.AtAsOf.Through(type);
        var atBaseline = facts.AtBaseline.Through(type);
        var tenants = new DeployedTenant[atAsOf.Length + atBaseline.Length];
        var count = DeployedTenants(tenants, 0, facts, atAsOf, facts.AsOf, +1);
        count = DeployedTenants(tenants, count, facts, atBaseline, facts.Baseline, -1);
        return tenants.AsSpan(0, count);
    }

    /// <summary>R18: a pair claimed inside the window that was already deployed in its claim month is no new deployment.</summary>
    public static bool ClaimedAlreadyDeployed(PathFacts facts, CreditedPair credit) =>
        credit.ClaimMonth > facts.Baseline && facts.Deployed(credit.Pair, credit.ClaimMonth);

    /// <summary>
    /// R18: a tenant is a deployment when one of its credited pairs is deployed; in M, only pairs
    /// R18 does not exclude count. Credits are ordered by pair, so a tenant's pairs are neighbours.
    /// Writes the tenants after <paramref name="count"/> and returns the new count.
    /// </summary>
    private static int DeployedTenants(DeployedTenant[] tenants, int count, PathFacts facts, ReadOnlySpan<CreditedPair> credits, Month month, int sign)
    {
        var excludes = month == facts.AsOf;
        var i = 0;
        while (i < credits.Length)
        {
            var tenant = facts.Usage.TenantOf(credits[i].Pair);
            Witness shown = default;
            for (; i < credits.Length && facts.Usage.TenantOf(credits[i].Pair) == tenant; i++)
            {
                var credit = credits[i];
                if (!facts.Deployed(credit.Pair, month))
                {
                    continue;
                }

                var excluded = excludes && ClaimedAlreadyDeployed(facts, credit);
                if (!shown.Found || (shown.Excluded && !excluded))
                {
                    shown = new Witness(true, credit, excluded);
                }
            }

            if (shown.Found)
            {
                tenants[count++] = new DeployedTenant(shown.Credit, month, shown.Excluded, sign);
            }
        }

        return count;
    }

    /// <summary>The pair a tenant is shown through, while its pairs are read.</summary>
    private readonly record struct Witness(bool Found, CreditedPair Credit, bool Excluded);
}
