using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>R17–R19: deployments, per association type; the best type wins.</summary>
public static class Deployments
{
    public static MetricScore Score(PartnerFacts facts) =>
        MetricScores.PerType(facts.Path, Metric.Deployments, type => Tenants(facts, type));

    /// <summary>
    /// R18, R19: the deployed tenants through one type in M (+1 each, or 0 when every deployed pair
    /// was claimed inside the window already deployed) and in B (−1 each).
    /// </summary>
    public static Seq<Evidence> Tenants(PartnerFacts facts, AssociationType type)
    {
        var asOf = facts.AtAsOf.Through(type)
            .Filter(c => facts.Deployed(c.Pair, facts.AsOf))
            .GroupBy(c => facts.TenantOf(c.Pair), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => AsOfTenant(facts, type, g.Key, g.ToSeq()));
        var baseline = facts.AtBaseline.Through(type)
            .Filter(c => facts.Deployed(c.Pair, facts.Baseline))
            .GroupBy(c => facts.TenantOf(c.Pair), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Evidence(
                EvidenceKind.Deployment, type, g.Key, WorkloadsOf(facts, g), "", facts.Baseline.ToString(), -1,
                $"deployed in {facts.Baseline} (baseline)"));
        return asOf.Concat(baseline).ToSeq();
    }

    private static Evidence AsOfTenant(PartnerFacts facts, AssociationType type, string tenant, Seq<CreditedPair> deployedPairs)
    {
        var counting = deployedPairs.Filter(c => !ClaimedAlreadyDeployed(facts, c));
        return counting.IsEmpty
            ? new Evidence(
                EvidenceKind.Deployment, type, tenant, WorkloadsOf(facts, deployedPairs), "", facts.AsOf.ToString(), 0,
                $"deployed in {facts.AsOf} but claimed inside the window already deployed ({Claims(deployedPairs)}): not counted")
            : new Evidence(
                EvidenceKind.Deployment, type, tenant, WorkloadsOf(facts, counting), "", facts.AsOf.ToString(), 1,
                $"deployed in {facts.AsOf} ({Claims(counting)})");
    }

    private static string WorkloadsOf(PartnerFacts facts, IEnumerable<CreditedPair> pairs) =>
        string.Join("; ", pairs.Select(c => facts.WorkloadOf(c.Pair)));

    private static string Claims(Seq<CreditedPair> pairs) =>
        string.Join("; ", pairs.Map(c => $"claimed {c.ClaimMonth}"));

    /// <summary>R18: a pair claimed inside the window that was already deployed at its claim is no new deployment.</summary>
    public static bool ClaimedAlreadyDeployed(PartnerFacts facts, CreditedPair credit) =>
        credit.ClaimMonth > facts.Baseline && facts.Deployed(credit.Pair, credit.ClaimMonth);

    internal static Month Unused(Month m) => m;
}
