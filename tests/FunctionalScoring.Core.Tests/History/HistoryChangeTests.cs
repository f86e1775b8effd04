using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Tests.History;

/// <summary>Why a score moved: the paths whose qualification or metric points changed from one month to the next.</summary>
public sealed class HistoryChangeTests
{
    private static readonly Month May = Month.Of(2025, 5);
    private static readonly Month June = Month.Of(2025, 6);

    /// <summary>A bar small datasets clear now and then, so paths gain and lose qualification over the months.</summary>
    private static readonly RuleSet LowBar = TestRuleSets.Edited(BuiltInRuleSets.DefaultId, document =>
    {
        document["parameters"]!["qualifyingTotal"] = 5;
        document["parameters"]!["minPointsPerMetric"] = 0;
    });

    [Theory]
    //           before points          qualified   after points           qualified   moved
    [InlineData("10,10,10,20,20", true, "10,10,10,20,20", true, false)]
    [InlineData("10,10,10,20,20", true, "10,10,10,20,19", false, true)]
    [InlineData("0,10,10,20,30", false, "1,10,10,20,30", true, true)]
    [InlineData("0,0,0,0,0", false, "0,0,0,3.75,0", false, true)]
    [InlineData("5,5,5,5,5", false, "5,5,5,5,5", false, false)]
    public void A_path_moves_when_its_qualification_or_some_metrics_points_change(string before, bool qualifiedBefore, string after, bool qualifiedAfter, bool moved)
    {
        var change = HistoryChanges.Of("P1", June, Path(before, qualifiedBefore), Path(after, qualifiedAfter));

        Assert.Equal(moved, change.IsSome);
    }

    [Fact]
    public void A_change_holds_both_sides_and_each_metrics_change_of_points()
    {
        var change = HistoryChanges.Of("P1", June, Path("0,10,10,20,30", false), Path("1.5,10,10,20,28", true));

        Assert.Equal(
            Some(new HistoryChange("P1", June, PathName.SMB, false, true, 70m, 69.5m, Seq(1.5m, 0m, 0m, 0m, -2m))),
            change);
    }

    [Fact]
    public void Only_consecutive_months_are_compared_and_the_first_month_has_nothing_before_it()
    {
        var history = Seq(At(May.AddMonths(-2), "0,0,0,0,0"), At(May, "1,0,0,0,0"), At(June, "2,0,0,0,0"));

        var changes = HistoryChanges.Of(history);

        Assert.Equal(Seq1(new HistoryChange("P1", June, PathName.SMB, false, false, 1m, 2m, Seq(1m, 0m, 0m, 0m, 0m))), changes);
    }

    /// <summary>R20 over a history: a change's points add up to the change of the total, and a month without a change row kept every point.</summary>
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 40)]
    public Property The_metric_changes_add_up_to_the_change_of_the_total(Scenario scenario)
    {
        var months = EvaluationMonths.Ending(TestWindow.M, 12);
        var facts = DatasetChecks.Check(LowBar, months, scenario.Raw);
        var histories = facts.Dataset.PartnerIds.Map(id => ScoreHistory.Of(LowBar, facts.Dataset, months, id));
        var changes = histories.Bind(HistoryChanges.Of);

        var sums = changes.ForAll(c => c.PointsChange.Sum() == c.TotalAfter - c.TotalBefore);
        var unchanged = histories.ForAll(h => h.Zip(h.Tail).ForAll(p =>
            changes.Exists(c => c.PartnerId == p.Item2.PartnerId && c.AsOf == p.Item2.AsOf) || p.Item1.Paths.Equals(p.Item2.Paths)));
        return (sums && unchanged)
            .Classify(changes.Exists(c => c.Gained || c.Lost), "a path gains or loses qualification")
            .Classify(!changes.IsEmpty, "some path moves");
    }

    private static PathMonth Path(string points, bool qualified)
    {
        var values = toSeq(points.Split(',').Select(p => decimal.Parse(p, System.Globalization.CultureInfo.InvariantCulture))).Strict();
        return new PathMonth(PathName.SMB, values.Sum(), qualified, values);
    }

    private static PartnerMonth At(Month asOf, string points) =>
        new("P1", asOf, PathName.SMB, false, Seq1(Path(points, false)));
}
