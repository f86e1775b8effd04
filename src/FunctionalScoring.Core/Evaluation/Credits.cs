using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>A pair credited through one type in one month (R8), with its claim month (R4).</summary>
public readonly record struct CreditedPair(int Pair, Month ClaimMonth);

/// <summary>
/// R8: S_t(m), the pairs credited to one partner through each type of one path in month m. Each
/// type's pairs are ordered by pair, so the pairs of one tenant are neighbours, in the rule set's
/// workload order (a pair is tenant × workloads + workload).
/// </summary>
public sealed class Credits
{
    private static readonly int TypeCount = Enum.GetValues<AssociationType>().Length;

    private readonly CreditedPair[][] byType;

    private Credits(Month month, CreditedPair[][] byType) => (Month, this.byType) = (month, byType);

    public Month Month { get; }

    /// <summary>S_t(m) for one type; empty for a type that is not the path's.</summary>
    public ReadOnlySpan<CreditedPair> Through(AssociationType type) => byType[(int)type];

    /// <summary>
    /// R8: a claim in force credits its pair through its type when the type is one of the path's and
    /// the pair's own PAU that month is in the path's band (R7).
    /// </summary>
    public static Credits Of(Claim[] claimsInForce, PathRules path, UsageIndex usage, Month month)
    {
        var byType = new CreditedPair[TypeCount][];
        Array.Fill(byType, []);
        var buffer = new CreditedPair[claimsInForce.Length];
        foreach (var type in path.AssociationTypes)
        {
            var count = 0;
            foreach (var claim in claimsInForce)
            {
                if (claim.Type == type && path.Band.Contains(usage.Pau(claim.Pair, month)))
                {
                    buffer[count++] = new CreditedPair(claim.Pair, claim.ClaimMonth);
                }
            }

            byType[(int)type] = buffer[..count];
        }

        return new Credits(month, byType);
    }
}
