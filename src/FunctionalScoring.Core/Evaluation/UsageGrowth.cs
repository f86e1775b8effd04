using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>
/// R15: one pair's part of usage growth through one type. A pair credited in M contributes
/// MAU(M) − MAU(start), read in <see cref="Month"/> = M and <see cref="StartMonth"/>; a lost pair
/// (credited in B, not in M) contributes −MAU(B), read in <see cref="Month"/> = B, and has no start.
/// </summary>
public readonly record struct PairGrowth(CreditedPair Credit, Month Month, long Mau, bool Lost, Month StartMonth, long MauAtStart) : IContribution
{
    public long Contribution => Lost ? -Mau : Mau - MauAtStart;
}

/// <summary>R14–R16: usage growth, computed per association type; the best type wins.</summary>
public static class UsageGrowth
{
    public static MetricScore Score(PathFacts facts) =>
        MetricScores.PerType(facts.Path, Metric.UsageGrowth, type => Contributions.Sum(Pairs(facts, type)));

    /// <summary>R15: each credited pair's growth since its start month, then each lost pair's −MAU(B).</summary>
    public static ReadOnlySpan<PairGrowth> Pairs(PathFacts facts, AssociationType type)
    {
        var atAsOf = facts.AtAsOf.Through(type);
        var atBaseline = facts.AtBaseline.Through(type);
        var subtract = facts.Rules.Parameters.LostPairs == LostPairs.Subtract;
        var pairs = new PairGrowth[atAsOf.Length + (subtract ? atBaseline.Length : 0)];
        var count = 0;
        foreach (var credit in atAsOf)
        {
            // R15: no credit for users who were active before the claim.
            var start = StartMonth(credit.ClaimMonth, facts.Window);
            pairs[count++] = new PairGrowth(credit, facts.AsOf, facts.Usage.Mau(credit.Pair, facts.AsOf), Lost: false, start, facts.Usage.Mau(credit.Pair, start));
        }

        if (subtract)
        {
            // Both lists are ordered by pair: one walk finds the pairs of B missing in M.
            var m = 0;
            foreach (var credit in atBaseline)
            {
                while (m < atAsOf.Length && atAsOf[m].Pair < credit.Pair)
                {
                    m++;
                }

                if (m == atAsOf.Length || atAsOf[m].Pair != credit.Pair)
                {
                    pairs[count++] = new PairGrowth(credit, facts.Baseline, facts.Usage.Mau(credit.Pair, facts.Baseline), Lost: true, facts.Baseline, MauAtStart: 0);
                }
            }
        }

        return pairs.AsSpan(0, count);
    }

    /// <summary>The start month R15 uses for a claim: max(B, claim month).</summary>
    public static Month StartMonth(Month claim, EvaluationWindow window) => claim > window.Baseline ? claim : window.Baseline;
}
