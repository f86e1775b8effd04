using System.Globalization;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Shell.Jobs;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Conformance;

/// <summary>
/// R30–R32 against the independently computed files: twelve months of history as of 2025-06 under
/// modern-work-2022 and -2023, and the six-month window of modern-work-2023-09, every field exact.
/// </summary>
public sealed class HistoryConformanceTests
{
    public static IEnumerable<object[]> Histories() => ConformanceCases.All();

    public static IEnumerable<object[]> Windows() => ConformanceCases.Cases.Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(Histories))]
    public async Task R30_twelve_months_of_history_match_the_expected_file(string name, string ruleSet)
    {
        var history = await History(name, ruleSet, 12);
        var expected = Csv.Read(ConformanceCases.Expected(name, ruleSet, "expected_history.csv"))
            .Select(r => string.Join(",", r["partner_id"], r["as_of"], r["reported_path"], r["qualified"], r["enterprise_total"], r["enterprise_qualified"], r["smb_total"], r["smb_qualified"]));
        var actual =
            from partner in history.Partners
            from m in HistoryOutcome.Shown(partner, history.Months)
            select string.Join(",",
                m.PartnerId, m.AsOf, m.ReportedPath, Bool(m.Qualified),
                Points(m.Path(PathName.Enterprise).Total), Bool(m.Path(PathName.Enterprise).Qualified),
                Points(m.Path(PathName.SMB).Total), Bool(m.Path(PathName.SMB).Qualified));
        ConformanceLines.AssertSame(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task R32_the_six_month_window_matches_the_expected_file(string name)
    {
        var history = await History(name, "modern-work-2023-09", 1);
        var expected = Csv.Read(ConformanceCases.Expected(name, "modern-work-2023-09", "expected_window.csv"))
            .Select(r => string.Join(",", r["partner_id"], r["qualified_in_window"], r["last_qualified"]));
        var actual = history.Partners.Map(partner =>
        {
            var window = history.WindowOf(partner);
            return string.Join(",", partner.Head.PartnerId, Bool(window.QualifiedInWindow), window.LastQualified.Match(m => m.ToString(), () => ""));
        });
        ConformanceLines.AssertSame(expected, actual);
    }

    private static async Task<HistoryOutcome> History(string name, string ruleSet, int months)
    {
        var rules = BuiltInRuleSets.Find(ruleSet).IfNone(() => throw new InvalidOperationException(ruleSet));
        var outcome = await HistoryJob.RunAsync(new HistoryRequest(ConformanceCases.Data(name), rules, None, months));
        return outcome.IfLeft(message => throw new InvalidOperationException(message));
    }

    private static string Points(decimal points) => points.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}
