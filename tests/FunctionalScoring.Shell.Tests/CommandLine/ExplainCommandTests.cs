using FunctionalScoring.Shell.Tests.Conformance;

namespace FunctionalScoring.Shell.Tests.CommandLine;

/// <summary><c>explain</c>: a partner's scorecard with evidence, and the eligibility checks for one tenant or person, in plain words.</summary>
public sealed class ExplainCommandTests
{
    private static readonly string Clean = ConformanceCases.Data("clean");

    [Fact]
    public async Task A_partner_is_explained_metric_by_metric_with_its_evidence()
    {
        var (exit, output, _) = await CliRunner.RunAsync("explain", "--data", Clean, "--partner", "P00007");

        Assert.Equal(0, exit);
        Assert.Contains("P00007 Partner 7 — qualifies; reported path Enterprise", output);
        Assert.Contains("Enterprise: 75.00 points — qualifies", output);
        Assert.Contains("UsageGrowth via CPOR: value 3909 =", output);
        Assert.Contains("+103  T00007-01 / SharePoint via CPOR — claimed 2021-04; MAU 141 in 2024-06 (start), 244 in 2025-06", output);
    }

    [Fact]
    public async Task A_tenant_is_explained_with_band_type_claim_and_deployment_ratio()
    {
        var (exit, output, _) = await CliRunner.RunAsync("explain", "--data", Clean, "--partner", "P00007", "--tenant", "T00007-04");

        Assert.Equal(0, exit);
        Assert.Contains("does not count for Enterprise: the path's types are CPOR, DPOR.", output);
        Assert.Contains("PAU 330, MAU 132 — in the Enterprise band (PAU > 300); not deployed (MAU/PAU 40% vs 40%, Greater)", output);
        Assert.Contains("is not in force on 2025-06-30 (R3).", output);
        Assert.Contains("+704  UsageGrowth: T00007-04 / Exchange via CPOR — claimed 2025-02; MAU 0 in 2025-02 (start), 704 in 2025-06", output);
    }

    [Fact]
    public async Task A_person_is_explained_certification_by_certification()
    {
        var (exit, output, _) = await CliRunner.RunAsync("explain", "--data", Clean, "--partner", "P00007", "--person", "P00007-E2");

        Assert.Equal(0, exit);
        Assert.Contains("Microsoft 365 Certified: Fundamentals (Intermediate)", output);
        Assert.Contains("Counts for intermediate certifications: yes", output);
    }

    [Fact]
    public async Task An_unknown_partner_is_an_input_error()
    {
        var (exit, output, errors) = await CliRunner.RunAsync("explain", "--data", Clean, "--partner", "NOPE");

        Assert.Equal((1, ""), (exit, output));
        Assert.Contains("partner 'NOPE' appears in no table", errors);
    }
}
