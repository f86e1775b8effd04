using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Tests.History;

/// <summary>R32 in a run: the window every run under a rule set with W &gt; 1 reports beside R22's month-M result.</summary>
public sealed class QualificationWindowTests
{
    private static readonly RuleSet Windowed = TestRuleSets.Find("modern-work-2023-09");

    /// <summary>The six-month window with a bar small datasets clear now and then, so qualification moves over the months.</summary>
    private static readonly RuleSet LowBar = TestRuleSets.Edited("modern-work-2023-09", document =>
    {
        document["parameters"]!["qualifyingTotal"] = 5;
        document["parameters"]!["minPointsPerMetric"] = 0;
    });

    /// <summary>
    /// The run's window (months scored newest first, only until one qualifies) equals R32 read off the
    /// full history of the W months, partner by partner.
    /// </summary>
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 80)]
    public Property A_runs_window_equals_the_window_of_the_full_history(Scenario scenario)
    {
        var run = scenario.Run(LowBar);
        var months = EvaluationMonths.Ending(TestWindow.M, 6);
        var facts = DatasetChecks.Check(LowBar, months, scenario.Raw);
        var expected = facts.Dataset.PartnerIds.Map(id => (id, WindowStatus.Of(ScoreHistory.Of(LowBar, facts.Dataset, months, id), TestWindow.M, 6)));

        var windows = run.Windows.IfNone(() => throw new InvalidOperationException("a six-month rule set's run has no windows"));
        return expected.ForAll(e => windows.Of(e.id) == e.Item2)
            .Classify(expected.Exists(e => e.Item2.QualifiedInWindow && e.Item2.LastQualified != Some(TestWindow.M)), "held through the window without qualifying now")
            .Classify(expected.Exists(e => !e.Item2.QualifiedInWindow), "a partner outside the window");
    }

    /// <summary>R32: modern-work-2023-09 is modern-work-2023 with a window; its month-M results are the same, point for point.</summary>
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 40)]
    public bool The_month_result_under_a_window_equals_the_same_rules_without_one(Scenario scenario) =>
        scenario.Run(Windowed).Partners.SequenceEqual(scenario.Run(TestRuleSets.Find("modern-work-2023")).Partners);

    [Fact]
    public void A_run_under_a_one_month_window_reports_no_window()
    {
        var run = Scenario.Empty.With(new PartnerRow("P1", "One")).Run(TestRuleSets.Find("modern-work-2023"));

        Assert.Equal((Option<QualificationWindows>.None, Option<WindowStatus>.None), (run.Windows, run.WindowOf("P1")));
    }

    [Theory]
    [InlineData("2025-06", 6, "2025-11", false)]
    [InlineData("2025-01", 6, "2025-06", true)]
    [InlineData("2025-02", 6, "2025-07", false)]
    [InlineData("2025-06", 1, "2025-06", false)]
    public void R32_a_partner_holds_the_designation_through_its_last_qualified_month_plus_W_minus_one(string last, int window, string through, bool atRisk)
    {
        var status = new WindowStatus(true, Month.Parse(last));

        Assert.Equal((Month.Parse(through), atRisk), (status.HeldThrough(window), status.AtRisk(TestWindow.M, window)));
    }
}
