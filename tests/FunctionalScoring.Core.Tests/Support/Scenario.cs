using System.Globalization;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using LanguageExt;
using Xunit.Sdk;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Tests.Support;

/// <summary>
/// A dataset as row records, grown with <c>With</c> and run through the whole <see cref="Scoring.Run"/>:
/// the examples test the library's front door, not one function behind it.
/// </summary>
public sealed record Scenario(Seq<AssociationRow> Associations, Seq<UsageRow> Usage, Seq<CertificationRow> Certifications, Seq<PartnerRow> Partners)
{
    public static readonly Scenario Empty = new(Seq<AssociationRow>(), Seq<UsageRow>(), Seq<CertificationRow>(), Seq<PartnerRow>());

    public Scenario With(params AssociationRow[] rows) => this with { Associations = Associations + toSeq(rows) };

    public Scenario With(params UsageRow[] rows) => this with { Usage = Usage + toSeq(rows) };

    public Scenario With(params CertificationRow[] rows) => this with { Certifications = Certifications + toSeq(rows) };

    public Scenario With(params PartnerRow[] rows) => this with { Partners = Partners + toSeq(rows) };

    public RawDataset Raw => RawRows.ToRaw(Associations, Usage, Certifications, Partners);

    /// <summary>The run as the library returns it; no as-of month means R2's default.</summary>
    public Either<RunError, RunResult> TryRun(RuleSet? rules = null, Option<Month> asOf = default) =>
        Scoring.Run(rules ?? TestRuleSets.Default, Raw, asOf);

    /// <summary>A run as of the fixed M; a run error fails the test.</summary>
    public RunResult Run(RuleSet? rules = null) => Expect(TryRun(rules, TestWindow.M));

    /// <summary>A run as of R2's default month; a run error fails the test.</summary>
    public RunResult RunWithDefaultAsOf(RuleSet? rules = null) => Expect(TryRun(rules));

    private static RunResult Expect(Either<RunError, RunResult> run) =>
        run.Match(Right: result => result, Left: error => throw new XunitException($"the run failed: {error}"));

    public override string ToString() =>
        string.Join(
            Environment.NewLine,
            Associations.Map(r => $"A {Show(r.PartnerId)} {Show(r.TenantId)} {Show(r.Workload)} {Show(r.AssociationType)} {Show(r.AssociatedOn)} {Show(r.EndedOn)}")
            .Concat(Usage.Map(r => $"U {Show(r.TenantId)} {Show(r.Workload)} {Show(r.Month)} {Show(r.PaidAvailableUnits)} {Show(r.MonthlyActiveUsers)}"))
            .Concat(Certifications.Map(r => $"C {Show(r.PartnerId)} {Show(r.PersonId)} {Show(r.Certification)} {Show(r.EarnedOn)} {Show(r.ExpiresOn)}"))
            .Concat(Partners.Map(r => $"P {Show(r.PartnerId)} {Show(r.PartnerName)}")));

    private static string Show(object? value) => value switch
    {
        null => "∅",
        string s => $"\"{s}\"",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
