using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using LanguageExt;

namespace FunctionalScoring.Core.Tests.History;

/// <summary>R30–R32: a history is the month-by-month result, from one fold over the usage rows.</summary>
public sealed class ScoreHistoryTests
{
    private static readonly EvaluationMonths Year = EvaluationMonths.Ending(TestWindow.M, 12);

    /// <summary>R30: each month of a one-pass history equals a separate run as of that month, point for point.</summary>
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 60)]
    public Property R30_each_month_of_a_history_equals_a_run_as_of_that_month(Scenario scenario)
    {
        var rules = TestRuleSets.Default;
        var facts = DatasetChecks.Check(rules, Year, scenario.Raw);
        var history = facts.Dataset.PartnerIds.Map(id => ScoreHistory.Of(rules, facts.Dataset, Year, id));
        var separate = Year.Months.Map(m => Scoring.Run(rules, scenario.Raw, m).IfLeft(e => throw new InvalidOperationException(e.Message)));

        var same = Year.Months.Zip(separate).ForAll(pair =>
            pair.Item2.Partners.Map(p => PartnerMonth.Of(pair.Item1, p))
                .SequenceEqual(history.Map(h => h.Find(m => m.AsOf == pair.Item1).IfNone(() => throw new InvalidOperationException("month missing")))));
        return same
            .Classify(history.Exists(h => h.Map(m => m.Qualified).Distinct().Count() > 1), "qualification changes over the year")
            .Classify(history.Exists(h => h.Map(m => m.Reported.Total).Distinct().Count() > 1), "a total moves");
    }

    [Theory]
    [InlineData("2025-06", 6, true, "2025-06")]
    [InlineData("2025-01", 6, true, "2025-01")]
    [InlineData("2024-12", 6, false, null)]
    [InlineData("2025-03", 1, false, null)]
    [InlineData("2025-06", 1, true, "2025-06")]
    public void R32_qualified_in_the_window_when_some_month_of_it_qualified(string qualifiedIn, int windowMonths, bool inWindow, string? last)
    {
        var asOf = Month.Of(2025, 6);
        var history = Enumerable.Range(0, 12).Select(i => asOf.AddMonths(-i))
            .Select(m => new PartnerMonth("P1", m, Core.Domain.PathName.SMB, m == Month.Parse(qualifiedIn).IfNone(default(Month)), Seq<PathMonth>.Empty))
            .ToSeq();

        var status = WindowStatus.Of(history, asOf, windowMonths);

        Assert.Equal(new WindowStatus(inWindow, Prelude.Optional(last).Bind(Month.Parse)), status);
    }

    [Fact]
    public void R32_a_partner_whose_last_qualified_month_is_the_oldest_of_the_window_is_at_risk()
    {
        var asOf = Month.Of(2025, 6);
        var status = new WindowStatus(true, asOf.AddMonths(-5));

        Assert.Equal((true, false), (status.AtRisk(asOf, 6), (status with { LastQualified = asOf.AddMonths(-4) }).AtRisk(asOf, 6)));
    }
}
