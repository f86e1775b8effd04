using FunctionalScoring.Core;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Shell.Report;
using LanguageExt;

namespace FunctionalScoring.Shell.Tests.Report;

/// <summary>
/// A small run scored in memory, with hostile strings on purpose: a partner named with a script
/// tag, an id with markup, ampersands and quotes — the report must show them, never run them.
/// </summary>
public static class ReportFixture
{
    public const string ScriptName = "Contoso <script>alert('x')</script>";

    public const string MarkupId = "<b>P4</b>";

    public static readonly Month AsOf = Month.Of(2025, 6);

    private static readonly DateOnly Claimed = new(2024, 1, 15);

    /// <summary>P1 grows a tenant, P2 and "P&amp;3" only hold certifications, the markup id only appears in certifications (R24).</summary>
    public static RunResult Run()
    {
        var months = Enumerable.Range(0, 13).Select(i => AsOf.AddMonths(i - 12).FirstDay).ToArray();
        var usage = new RawUsage(
            TextColumn.Of([.. months.Select(_ => "T1")]),
            TextColumn.Of([.. months.Select(_ => "Teams")]),
            DateColumn.Of([.. months.Select(m => (DateOnly?)m)]),
            IntegerColumn.Of([.. months.Select(_ => (long?)500)]),
            IntegerColumn.Of([.. months.Select((_, i) => (long?)(100 + (i * 50)))]),
            SourceSpan.Single("usage.parquet", months.Length));
        var associations = new RawAssociations(
            TextColumn.Of("P1"), TextColumn.Of("T1"), TextColumn.Of((string?)null), TextColumn.Of("CPOR"),
            DateColumn.Of(Claimed), DateColumn.Of((DateOnly?)null), SourceSpan.Single("associations.parquet", 1));
        string?[] holders = ["P1", "P1", "P2", "P&3", MarkupId];
        var certifications = new RawCertifications(
            TextColumn.Of(holders),
            TextColumn.Of("a", "b", "c", "d", "e"),
            TextColumn.Of("MS-900", "Microsoft 365 Certified: Enterprise Administrator Expert", "MS-700", "MS-900", "MS-203"),
            DateColumn.Of([.. holders.Select(_ => (DateOnly?)Claimed)]),
            DateColumn.Of([.. holders.Select(_ => (DateOnly?)null)]),
            SourceSpan.Single("certifications.parquet", holders.Length));
        var partners = new RawPartners(
            TextColumn.Of("P1", "P2", "P&3"),
            TextColumn.Of(ScriptName, "Fabrikam & Sons", "\"Quoted\" 'name'"),
            SourceSpan.Single("partners.parquet", 3));
        return Scoring.Run(BuiltInRuleSets.Default, new RawDataset(associations, usage, certifications, partners), AsOf)
            .IfLeft(error => throw new InvalidOperationException($"the fixture does not score: {error}"));
    }

    /// <summary>The fixture's run as the report renders it.</summary>
    public static string Html(int top = 10) => HtmlReport.Render(Run(), new ReportOptions("fixture <dataset>", top));

    public static Seq<string> PartnerIds => Run().Partners.Map(p => p.PartnerId);
}
