using FunctionalScoring.Shell.Tests.Conformance;
using FunctionalScoring.Shell.Tests.Parquet;

namespace FunctionalScoring.Shell.Tests.CommandLine;

public class SimulateCommandTests
{
    private static readonly string Dense = ConformanceCases.Data("dense");

    [Fact]
    public async Task A_hypothetical_tenant_shows_the_scorecard_before_and_after_with_the_change_of_every_metric()
    {
        using var folder = new TempFolder();
        var scenario = folder.File("tenant.json");
        await File.WriteAllTextAsync(scenario, """
            {
              "description": "one more Enterprise customer",
              "addTenants": [{ "tenantId": "HYP-1", "workload": "Teams", "type": "CPOR", "pau": 350, "mau": 200, "claimedOn": "2025-01-15", "mauAtClaim": 50, "mauAtBaseline": 0 }]
            }
            """);

        var (exit, output, _) = await CliRunner.RunAsync("simulate", "--data", Dense, "--partner", "P00002", "--scenario", scenario);

        Assert.Equal(0, exit);
        Assert.Contains("What if: one more Enterprise customer", output);
        Assert.Contains("After:  modern-work-2022 as of 2025-06, with 1 tenant(s) added", output);
        Assert.Contains("Enterprise: 7.50 → ", output);
        Assert.Contains("value before", output);
        Assert.Contains("Qualification does not flip: does not qualify before and after.", output);
    }

    [Theory]
    [InlineData("""{ "addTenants": [{ "tenantId": "H", "workload": "Teams", "type": "CPOR", "pau": "lots" }] }""", "$.addTenants[0].pau must be a whole number ≥ 0")]
    [InlineData("""{ "addTenants": [{ "tenantId": "H", "workload": "Dynamics 365", "type": "CPOR", "pau": 400 }] }""", "addTenants[0].workload 'Dynamics 365' is not an eligible workload of modern-work-2022")]
    [InlineData("""{ "setUsage": [{ "tenantId": "T", "workload": "Teams", "month": "2023-01", "mau": 5 }] }""", "setUsage[0].month 2023-01 lies outside [2024-06, 2025-06]")]
    [InlineData("""{ "rules": "no-such-rules" }""", "unknown rule set 'no-such-rules'")]
    public async Task A_scenario_that_cannot_apply_is_an_input_error_naming_the_field(string json, string message)
    {
        using var folder = new TempFolder();
        var scenario = folder.File("bad.json");
        await File.WriteAllTextAsync(scenario, json);

        var (exit, output, errors) = await CliRunner.RunAsync("simulate", "--data", Dense, "--partner", "P00002", "--scenario", scenario);

        Assert.Equal((1, ""), (exit, output));
        Assert.Contains(message, errors);
    }

    [Fact]
    public async Task A_missing_scenario_file_or_an_unknown_partner_with_nothing_to_add_is_an_input_error()
    {
        using var folder = new TempFolder();
        var empty = folder.File("empty.json");
        await File.WriteAllTextAsync(empty, "{}");

        var missing = await CliRunner.RunAsync("simulate", "--data", Dense, "--partner", "P00002", "--scenario", folder.File("nope.json"));
        var unknown = await CliRunner.RunAsync("simulate", "--data", Dense, "--partner", "NOBODY", "--scenario", empty);

        Assert.Equal((1, true), (missing.ExitCode, missing.Errors.Contains("does not exist", StringComparison.Ordinal)));
        Assert.Equal((1, true), (unknown.ExitCode, unknown.Errors.Contains("partner 'NOBODY' appears in no table", StringComparison.Ordinal)));
    }
}
