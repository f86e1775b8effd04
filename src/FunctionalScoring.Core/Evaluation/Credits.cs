using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>A pair credited through one type in one month (R8), with its claim month (R4).</summary>
public readonly record struct CreditedPair(int Pair, Month ClaimMonth);

/// <summary>R8: S_t(m), the pairs credited to one partner through type t in month m, for one path.</summary>
public sealed record Credits(Month Month, Map<AssociationType, Seq<CreditedPair>> ByType)
{
    public Seq<CreditedPair> Through(AssociationType type) => ByType.Find(type).IfNone(Seq<CreditedPair>.Empty);

    /// <summary>
    /// R8 with R4: a pair is credited through t when an association of t covering it is in force in
    /// the month and the pair's own PAU that month is in the path's band. Several rows crediting
    /// the same pair through the same type keep the earliest claim month.
    /// </summary>
    public static Credits Of(Seq<Association> associations, PathRules path, UsageIndex usage, TenantDirectory tenants, Month month)
    {
        var byType = path.AssociationTypes.Map(type =>
        {
            var claims = new Dictionary<int, Month>();
            foreach (var association in associations)
            {
                if (association.Type != type || !association.InForce(month))
                {
                    continue;
                }

                foreach (var pair in Covered(association, usage))
                {
                    if (path.Band.Contains(usage.Pau(pair, month)))
                    {
                        claims[pair] = claims.TryGetValue(pair, out var claim) && claim < association.ClaimMonth ? claim : association.ClaimMonth;
                    }
                }
            }

            // Pair numbers depend on how the usage was read; tenant ids and workloads do not.
            var ordered = claims
                .OrderBy(c => tenants.Name(usage.TenantOf(c.Key)), StringComparer.Ordinal)
                .ThenBy(c => usage.WorkloadOf(c.Key))
                .Select(c => new CreditedPair(c.Key, c.Value));
            return (type, ordered.ToSeq());
        });
        return new Credits(month, byType.ToMap());
    }

    /// <summary>R6: the pairs an association covers: one workload, or every eligible workload of the tenant.</summary>
    private static int[] Covered(Association association, UsageIndex usage) =>
        association.Workload == Association.TenantWide
            ? usage.PairsOf(association.Tenant).ToArray()
            : usage.Pair(association.Tenant, association.Workload).Match(pair => new[] { pair }, () => []);
}
