using System.Globalization;
using FunctionalScoring.Core;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Shell.Jobs;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Conformance;

/// <summary>
/// The acceptance suite: every case of tests/conformance, scored under each built-in rule set,
/// matches the independently computed scorecard, summary and row accounting exactly.
/// </summary>
public sealed class ConformanceTests
{
    [Theory]
    [MemberData(nameof(ConformanceCases.All), MemberType = typeof(ConformanceCases))]
    public async Task Scorecard_matches_the_expected_file(string name, string ruleSet)
    {
        var run = await Score(name, ruleSet);
        var expected = Csv.Read(ConformanceCases.Expected(name, ruleSet, "expected_scorecard.csv"))
            .Select(r => string.Join(",", r["partner_id"], r["path"], r["metric"], r["value"], r["points"], r["association_type"], r["extra_to_close"]));
        var actual =
            from p in run.Partners
            from path in p.Paths
            from m in path.Metrics
            select string.Join(",", p.PartnerId, path.Path, m.Metric, m.Value, Points(m.Points), m.Via.Match(t => t.ToString(), () => ""), m.ExtraToClose.Match(d => d.ToString(CultureInfo.InvariantCulture), () => ""));
        AssertSameLines(expected, actual);
    }

    [Theory]
    [MemberData(nameof(ConformanceCases.All), MemberType = typeof(ConformanceCases))]
    public async Task Summary_matches_the_expected_file(string name, string ruleSet)
    {
        var run = await Score(name, ruleSet);
        var expected = Csv.Read(ConformanceCases.Expected(name, ruleSet, "expected_summary.csv"))
            .Select(r => string.Join(",", r["partner_id"], r["reported_path"], r["qualified"], r["enterprise_total"], r["enterprise_qualified"], r["smb_total"], r["smb_qualified"], r["points_to_qualify"]));
        var actual = run.Partners.Map(p => string.Join(",",
            p.PartnerId, p.ReportedPath, Bool(p.Qualified),
            Points(p.Path(Core.Domain.PathName.Enterprise).Total), Bool(p.Path(Core.Domain.PathName.Enterprise).Qualified),
            Points(p.Path(Core.Domain.PathName.SMB).Total), Bool(p.Path(Core.Domain.PathName.SMB).Qualified),
            Points(p.Reported.PointsToQualify)));
        AssertSameLines(expected, actual);
    }

    [Theory]
    [MemberData(nameof(ConformanceCases.All), MemberType = typeof(ConformanceCases))]
    public async Task Row_accounting_matches_the_expected_totals(string name, string ruleSet)
    {
        var run = await Score(name, ruleSet);
        var expected = Csv.Read(ConformanceCases.Expected(name, ruleSet, "expected_accounting.csv"))
            .GroupBy(r => (r["table"], r["outcome"]))
            .Select(g => $"{g.Key.Item1},{g.Key.Item2},{g.Sum(r => long.Parse(r["rows"], CultureInfo.InvariantCulture))}");
        var actual =
            from table in Enum.GetValues<TableName>()
            from outcome in Enum.GetValues<Outcome>()
            let rows = run.Accounting.Rows(table, outcome)
            where rows > 0
            select $"{table.FileName()},{outcome.Text()},{rows}";
        AssertSameLines(expected, actual);
    }

    /// <summary>Scored through the path <c>score</c> uses: row groups streamed through the core's usage fold.</summary>
    private static async Task<RunResult> Score(string name, string ruleSet)
    {
        var rules = BuiltInRuleSets.Find(ruleSet).IfNone(() => throw new InvalidOperationException(ruleSet));
        var outcome = await ScoreJob.RunAsync(new ScoreRequest(ConformanceCases.Data(name), rules, None, None));
        return outcome.IfLeft(message => throw new InvalidOperationException(message)).Run;
    }

    private static string Points(decimal points) => points.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static void AssertSameLines(IEnumerable<string> expected, IEnumerable<string> actual) => ConformanceLines.AssertSame(expected, actual);
}
