using FsCheck.Xunit;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Tests.Support;
using LanguageExt;

namespace FunctionalScoring.Core.Tests.Evaluation;

public class MetricScoresTests
{
    [Theory]
    [InlineData("0 0", AssociationType.CPOR)] // ties resolve to the first listed type
    [InlineData("3.75 3.75", AssociationType.CPOR)]
    [InlineData("3.74 3.75", AssociationType.DPOR)]
    [InlineData("30 22.5", AssociationType.CPOR)]
    public void R14_the_type_with_the_most_points_wins_ties_to_the_first_listed(string points, AssociationType winner)
    {
        var scores = points.Split(' ').Zip([AssociationType.CPOR, AssociationType.DPOR], (p, type) =>
            new TypeScore(type, 0, 1m, decimal.Parse(p, System.Globalization.CultureInfo.InvariantCulture))).ToSeq();

        Assert.Equal(winner, MetricScores.Best(scores).Type);
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public bool R14_the_best_type_earns_the_most_and_is_the_first_of_those(TypeScores c)
    {
        var best = MetricScores.Best(c.Scores);
        var most = c.Scores.Map(s => s.Points).Max();
        return best.Points == most && best.Type == c.Scores.Find(s => s.Points == most).Map(s => s.Type);
    }

    /// <summary>
    /// R14, R19 through whole runs: usage growth and deployments take the points of the best type
    /// (never a sum), report its value and threshold, and tie to the type listed first for the path.
    /// </summary>
    [Property(Arbitrary = [typeof(Generators)])]
    public bool R14_R19_per_type_metrics_take_the_best_type_never_the_sum(Scenario scenario)
    {
        var run = scenario.Run();
        return run.Partners.ForAll(partner => partner.Paths.ForAll(path =>
        {
            var types = run.Rules.Path(path.Path).AssociationTypes;
            return Prelude.Seq(Metric.UsageGrowth, Metric.Deployments).ForAll(metric =>
            {
                var score = path.Metric(metric);
                var most = score.ByType.Map(t => t.Points).Max();
                var first = score.ByType.Find(t => t.Points == most);
                return score.ByType.Map(t => t.Type) == types
                    && score.Points == most
                    && score.Via == first.Map(t => t.Type)
                    && first.Map(t => (t.Value, t.Threshold)) == Prelude.Some((score.Value, score.Threshold));
            });
        }));
    }

    /// <summary>R9, R20 through whole runs: every metric's points are R9 of its value, within [0, max]; totals add up.</summary>
    [Property(Arbitrary = [typeof(Generators)])]
    public bool R9_R20_points_stay_within_the_maximum_and_totals_are_sums(Scenario scenario) =>
        scenario.Run().Partners.ForAll(partner => partner.Paths.ForAll(path =>
            path.Total == path.Metrics.Sum(m => m.Points)
            && path.Metrics.Count == 5
            && path.Metrics.ForAll(m =>
                m.Points >= 0m
                && m.Points <= m.MaxPoints
                && m.Points == Points.Of(m.Value, m.Threshold, m.MaxPoints)
                && m.ByType.ForAll(t => t.Points == Points.Of(t.Value, t.Threshold, m.MaxPoints)))));
}
