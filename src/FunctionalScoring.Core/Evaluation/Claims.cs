using System.Runtime.InteropServices;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>A pair covered through one type by a partner's associations in force in one month, with its claim month (R4); no band yet.</summary>
public readonly record struct Claim(int Pair, AssociationType Type, Month ClaimMonth);

/// <summary>
/// R3, R4, R6 for one partner and one month, before any path: every pair its associations in force
/// cover, per type. Computed once per month and shared by both paths, which only add their band and
/// their types (R8).
/// </summary>
public static class Claims
{
    /// <summary>
    /// The claims in force in <paramref name="month"/>, one per (pair, type) with the earliest claim
    /// month among the rows that cover it (R4), ordered by pair, then type.
    /// </summary>
    public static Claim[] InForce(Seq<Association> associations, UsageIndex usage, Month month)
    {
        var claims = new List<Claim>(associations.Count);
        foreach (var association in associations)
        {
            if (!association.InForce(month))
            {
                continue;
            }

            var claimMonth = association.ClaimMonth;
            if (association.Workload == Association.TenantWide)
            {
                // R6: a tenant-wide row covers every eligible workload of the tenant.
                foreach (var pair in usage.PairsOf(association.Tenant))
                {
                    claims.Add(new Claim(pair, association.Type, claimMonth));
                }
            }
            else if (usage.Pair(association.Tenant, association.Workload).Case is int pair)
            {
                claims.Add(new Claim(pair, association.Type, claimMonth));
            }
        }

        return EarliestPerPairAndType(claims);
    }

    /// <summary>R4: several rows covering the same pair through the same type keep the earliest claim month.</summary>
    private static Claim[] EarliestPerPairAndType(List<Claim> claims)
    {
        claims.Sort(static (a, b) =>
            a.Pair != b.Pair ? a.Pair.CompareTo(b.Pair)
            : a.Type != b.Type ? ((int)a.Type).CompareTo((int)b.Type)
            : a.ClaimMonth.CompareTo(b.ClaimMonth));
        var kept = 0;
        for (var i = 0; i < claims.Count; i++)
        {
            if (kept == 0 || claims[kept - 1].Pair != claims[i].Pair || claims[kept - 1].Type != claims[i].Type)
            {
                claims[kept++] = claims[i];
            }
        }

        return CollectionsMarshal.AsSpan(claims)[..kept].ToArray();
    }
}
