using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>R14–R16: usage growth, computed per association type; the best type wins.</summary>
public static class UsageGrowth
{
    public static MetricScore Score(PartnerFacts facts) =>
        MetricScores.PerType(facts.Path, Metric.UsageGrowth, type => Contributions(facts, type));

    /// <summary>R15: each credited pair's growth since its start month, and each lost pair's −MAU(B).</summary>
    public static Seq<Evidence> Contributions(PartnerFacts facts, AssociationType type)
    {
        var atAsOf = facts.AtAsOf.Through(type);
        var credited = atAsOf.Map(c => c.Pair).ToHashSet();
        var grown = atAsOf.Map(credit => Growth(facts, type, credit));
        var lost = facts.Rules.Parameters.LostPairs == LostPairs.Subtract
            ? facts.AtBaseline.Through(type).Filter(c => !credited.Contains(c.Pair)).Map(c => Lost(facts, type, c.Pair))
            : Seq<Evidence>.Empty;
        return grown + lost;
    }

    /// <summary>R15: no credit for users who were active before the claim: start = max(B, claim month).</summary>
    private static Evidence Growth(PartnerFacts facts, AssociationType type, CreditedPair credit)
    {
        var start = StartMonth(credit.ClaimMonth, facts.Window);
        var before = facts.Usage.Mau(credit.Pair, start);
        var now = facts.Usage.Mau(credit.Pair, facts.AsOf);
        return new Evidence(
            EvidenceKind.PairGrowth, type, facts.TenantOf(credit.Pair), facts.WorkloadOf(credit.Pair), "", facts.AsOf.ToString(),
            now - before,
            $"claimed {credit.ClaimMonth}; MAU {before} in {start} (start), {now} in {facts.AsOf}");
    }

    private static Evidence Lost(PartnerFacts facts, AssociationType type, int pair)
    {
        var before = facts.Usage.Mau(pair, facts.Baseline);
        return new Evidence(
            EvidenceKind.PairGrowth, type, facts.TenantOf(pair), facts.WorkloadOf(pair), "", facts.Baseline.ToString(),
            -before,
            $"credited in {facts.Baseline} but not in {facts.AsOf} (lost): −MAU {before} of {facts.Baseline}");
    }

    /// <summary>The start month R15 uses for a claim.</summary>
    public static Month StartMonth(Month claim, EvaluationWindow window) => claim > window.Baseline ? claim : window.Baseline;
}
