using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Planning;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Time;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Tests.History;

/// <summary>At risk: holding the designation only through the window's oldest month, with the planner's cheapest way to qualify now.</summary>
public sealed class AtRiskTests
{
    private static readonly RuleSet Windowed = TestRuleSets.Find("modern-work-2023-09");
    private static readonly PlanningContext Planning = PlanningContext.For(Windowed, Costs.Default);

    [Theory]
    [InlineData("2025-01", 6, true)]
    [InlineData("2025-02", 6, false)]
    [InlineData("2024-12", 6, false)]
    [InlineData("2025-06", 1, false)]
    public void A_partner_is_at_risk_when_it_last_qualified_in_the_oldest_month_of_the_window(string lastQualified, int window, bool atRisk)
    {
        var rules = window == 6 ? Windowed : TestRuleSets.Find("modern-work-2023");
        var dataset = Dataset(rules);

        var found = AtRisk.Of(rules, PlanningContext.For(rules, Costs.Default), dataset, "P1", History(Month.Parse(lastQualified).IfNone(default(Month))));

        Assert.Equal(atRisk, found.IsSome);
    }

    [Fact]
    public void The_at_risk_partner_carries_its_score_now_and_the_planners_cheapest_additions()
    {
        var dataset = Dataset(Windowed);
        var score = Scorer.ScorePartner(Windowed, dataset, "P1");

        var found = AtRisk.Of(Windowed, Planning, dataset, "P1", History(Month.Of(2025, 1)));

        Assert.Equal(Some(new AtRiskPartner(score, Month.Of(2025, 1), Planner.PlanPartner(Planning, score))), found);
        Assert.False(score.Qualified);
    }

    /// <summary>A partner with only a name: it scores 0 now, so every addition is planned.</summary>
    private static Core.Model.Dataset Dataset(RuleSet rules) =>
        Scoring.Check(rules, Scenario.Empty.With(new PartnerRow("P1", "One")).With(new UsageRow("T9", "Teams", new DateOnly(2025, 6, 1), 100, 10)).Raw, TestWindow.M)
            .Match(c => c.Dataset, e => throw new InvalidOperationException(e.Message));

    /// <summary>Twelve months to 2025-06 in which P1 qualified only in <paramref name="qualified"/>.</summary>
    private static Seq<PartnerMonth> History(Month qualified) =>
        toSeq(Enumerable.Range(0, 12).Select(i => TestWindow.M.AddMonths(i - 11)))
            .Map(m => new PartnerMonth("P1", m, PathName.SMB, m == qualified, LanguageExt.Seq<PathMonth>.Empty));
}
