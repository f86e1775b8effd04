using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Tests.Parquet;

namespace FunctionalScoring.Shell.Tests.Generation;

/// <summary>One mid-sized generated dataset, scored once for all the realism tests.</summary>
public sealed class MidSizedDataset : IDisposable
{
    private readonly TempFolder folder = new();

    public MidSizedDataset() =>
        Scored = Task.Run(() => GeneratedData.ScoreAsync(new GeneratorOptions(Partners: 40, Seed: 42, TenantsPerPartner: 12, Workloads: 8), folder)).GetAwaiter().GetResult();

    public Scored Scored { get; }

    public RawDataset Raw => Scored.Loaded.Raw;

    public void Dispose() => folder.Dispose();
}

/// <summary>The shapes the brief asks of the synthetic data, checked on the data itself.</summary>
public sealed class RealismTests(MidSizedDataset data) : IClassFixture<MidSizedDataset>
{
    private static readonly DateOnly BaselineEnd = new(2024, 6, 30);
    private static readonly DateOnly AsOfEnd = new(2025, 6, 30);

    [Fact]
    public void Some_partners_qualify_on_each_path_some_fall_just_short_and_some_are_far()
    {
        var partners = data.Scored.Run.Partners;

        Assert.Contains(partners, p => p.Path(PathName.Enterprise).Qualified);
        Assert.Contains(partners, p => p.Path(PathName.SMB).Qualified);
        Assert.Contains(partners, p => !p.Qualified && p.Reported.Total >= 55);
        Assert.Contains(partners, p => p.Reported.Total < 30);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(300)]
    [InlineData(301)]
    public void Usage_has_tenants_exactly_on_a_band_edge(long pau) =>
        Assert.Contains(pau, data.Raw.Usage.Pau.Values);

    [Fact]
    public void Usage_covers_both_bands_and_below_them_with_MAU_around_and_exactly_at_40_percent()
    {
        var rows = UsageRows().Where(r => r.Pau > 0).ToList();

        Assert.Contains(rows, r => r.Pau <= 10);
        Assert.Contains(rows, r => r.Pau is > 10 and <= 300);
        Assert.Contains(rows, r => r.Pau > 300);
        Assert.Contains(rows, r => r.Mau * 5 == r.Pau * 2);
        Assert.Contains(rows, r => r.Mau > r.Pau);
        Assert.InRange(rows.Count(r => r.Mau * 10 >= r.Pau * 3 && r.Mau * 10 <= r.Pau * 5) / (double)rows.Count, 0.1, 0.9);
    }

    [Fact]
    public void Usage_months_are_the_first_days_of_30_months_ending_at_the_as_of_month()
    {
        var months = data.Raw.Usage.Month.DayNumbers.Where(d => d != DateColumn.Null).Select(DateOnly.FromDayNumber).Where(d => d.Day == 1).Distinct().Order().ToList();

        Assert.Equal(Enumerable.Range(0, 30).Select(i => new DateOnly(2023, 1, 1).AddMonths(i)), months);
    }

    [Fact]
    public void Only_the_products_no_rule_set_counts_are_ignored_as_not_eligible()
    {
        var rules = BuiltInRuleSets.Default;
        var ignored = data.Raw.Usage.Workload.Values.Concat(data.Raw.Associations.Workload.Values)
            .Where(name => !Names.IsEmptyId(name) && rules.Workload(name).IsNone)
            .Select(name => name!)
            .ToHashSet();

        Assert.Subset(new HashSet<string> { "Power BI", "Viva Insights", "Dynamics 365", "Windows 365" }, ignored);
        Assert.Contains("ProPlus", data.Raw.Usage.Workload.Values);
    }

    [Fact]
    public void Associations_are_claimed_before_and_inside_the_window_some_ended_tenant_wide_or_per_workload_in_several_spellings()
    {
        var a = data.Raw.Associations;
        var rows = Enumerable.Range(0, a.Count).ToList();

        Assert.Contains(rows, r => a.AssociatedOn[r] <= BaselineEnd);
        Assert.Contains(rows, r => a.AssociatedOn[r] > BaselineEnd && a.AssociatedOn[r] <= AsOfEnd);
        Assert.Contains(rows, r => a.EndedOn[r] > BaselineEnd && a.EndedOn[r] <= AsOfEnd);
        Assert.Contains(rows, r => Names.IsEmptyId(a.Workload[r]));
        Assert.Contains(rows, r => !Names.IsEmptyId(a.Workload[r]));
        Assert.Subset(a.Type.Values.Select(t => t ?? "").ToHashSet(), new HashSet<string> { "CSP Tier 1", "csp", " CPOR ", "CPOR", "DPOR" });
    }

    [Fact]
    public void Some_tenants_are_shared_by_several_partners_through_several_types()
    {
        var a = data.Raw.Associations;
        var links = Enumerable.Range(0, a.Count).Where(r => !Names.IsEmptyId(a.Tenant[r]) && !Names.IsEmptyId(a.Partner[r])).ToList();

        Assert.Contains(links.GroupBy(r => a.Tenant[r]), g => g.Select(r => a.Partner[r]).Distinct().Count() > 1);
        Assert.Contains(links.GroupBy(r => (a.Tenant[r], a.Partner[r])), g => g.Select(r => BuiltInRuleSets.Default.AssociationType(a.Type[r])).Distinct().Count() > 1);
    }

    [Fact]
    public void Certifications_are_spelled_as_names_aliases_and_exam_codes_and_some_expired()
    {
        var c = data.Raw.Certifications;
        var names = c.Certification.Values.ToHashSet();

        Assert.Contains("Microsoft 365 Certified: Teams Administrator Associate", names);
        Assert.Contains(names, n => n is "MS-700" or "MS-203" or "MS-900" or "MS-600");
        Assert.Contains(names, n => n is not null && BuiltInRuleSets.Default.Certification(n).IsNone);
        Assert.Contains(Enumerable.Range(0, c.Count), r => c.ExpiresOn[r] <= AsOfEnd);
    }

    private IEnumerable<(long Pau, long Mau)> UsageRows()
    {
        var u = data.Raw.Usage;
        return Enumerable.Range(0, u.Count)
            .Where(r => u.Pau.Present[r] && u.Mau.Present[r] && u.Pau.Values[r] >= 0 && u.Mau.Values[r] >= 0)
            .Select(r => (u.Pau.Values[r], u.Mau.Values[r]));
    }
}
