using FunctionalScoring.Core;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Parquet;
using FunctionalScoring.Shell.Reading;
using FunctionalScoring.Shell.Tests.Parquet;
using Parquet;
using static FunctionalScoring.Generation.ParquetFixture;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Reading;

/// <summary>explain and simulate read one partner's slice: its tenants' rows only, skipping row groups that hold none.</summary>
public sealed class PartnerSliceReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("a", "a", "c", true)]
    [InlineData("c", "a", "c", true)]
    [InlineData("ab", "aa", "ac", true)]
    [InlineData("a", "b", "c", false)]
    [InlineData("e", "a", "d", false)]
    [InlineData("é", "e", "z", false)] // UTF-8 bytes: é (C3 A9) sorts after z (7A)
    [InlineData("é", "a", "ÿ", true)] // ÿ is C3 BF
    [InlineData("\uFFFD", "a", "\U0001F600", true)] // U+FFFD (EF BF BD) before U+1F600 (F0 …) in bytes, after it in UTF-16
    public void A_row_group_is_kept_when_a_wanted_value_may_lie_in_its_range(string wanted, string min, string max, bool kept)
    {
        var filter = TextRangeFilter.Holding("tenant_id", ["zz-other", wanted]);

        Assert.Equal(kept, filter.Keep(Utf8(min), Utf8(max)));
    }

    [Fact]
    public async Task A_partners_slice_skips_the_row_groups_of_other_tenants_and_scores_as_the_whole_dataset()
    {
        var data = folder.Path;
        var tenants = new[] { "T-a1", "T-a2", "T-b1", "T-b2", "T-c1", "T-c2" };
        WriteUsage(tenants);
        Write(Path.Combine(data, "associations.parquet"),
            Column("partner_id", FixtureType.Utf8, "P1", "P2"), Column("tenant_id", FixtureType.Utf8, "T-b1", "T-c2"),
            Column("workload", FixtureType.Utf8, null, null), Column("association_type", FixtureType.Utf8, "CSP", "CSP"),
            Column("associated_on", FixtureType.Date, new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 1)), Column("ended_on", FixtureType.Date, null, null));
        Write(Path.Combine(data, "certifications.parquet"),
            Column("partner_id", FixtureType.Utf8, "P1"), Column("person_id", FixtureType.Utf8, "A"), Column("certification", FixtureType.Utf8, "MS-700"),
            Column("earned_on", FixtureType.Date, new DateOnly(2020, 1, 1)), Column("expires_on", FixtureType.Date, [null]));

        var slice = (await PartnerSliceReader.ReadAsync(data, "P1", [], None)).IfLeft(e => throw new InvalidOperationException(e));
        var whole = (await Loading.DatasetLoader.LoadAsync(data)).IfLeft(e => throw new InvalidOperationException(e.Message));

        Assert.Equal((Month.Of(2025, 6), 2 * 13L * 2), (slice.AsOf, slice.Raw.Usage.Sources.Skipped()));
        Assert.Equal(
            Score(whole.Raw).Partners.Find(p => p.PartnerId == "P1"),
            Score(slice.Raw).Partners.Find(p => p.PartnerId == "P1"));
    }

    private static RunResult Score(RawDataset raw) =>
        Scoring.Run(BuiltInRuleSets.Default, raw, Month.Of(2025, 6)).IfLeft(e => throw new InvalidOperationException(e.Message));

    /// <summary>Tenant-ordered usage, two tenants per row group, 13 months each (B … M).</summary>
    private void WriteUsage(string[] tenants)
    {
        var rows = tenants.SelectMany(t => Enumerable.Range(0, 13).Select(i => (Tenant: t, Month: Month.Of(2024, 6).AddMonths(i).FirstDay))).ToArray();
        Write(folder.File("usage.parquet"), [26, 26, 26], CompressionMethod.Snappy,
            Column("tenant_id", FixtureType.Utf8, [.. rows.Select(r => (object?)r.Tenant)]),
            Column("workload", FixtureType.Utf8, [.. rows.Select(_ => (object?)"Teams")]),
            Column("month", FixtureType.Date, [.. rows.Select(r => (object?)r.Month)]),
            Column("paid_available_units", FixtureType.Int64, [.. rows.Select((_, i) => (object?)(50L + i))]),
            Column("monthly_active_users", FixtureType.Int64, [.. rows.Select((_, i) => (object?)(20L + i))]));
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
