using FunctionalScoring.Core;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Planning;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.WhatIf;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Tests.Conformance;
using FunctionalScoring.Shell.Tests.Parquet;
using LanguageExt;
using Parquet;
using Xunit.Sdk;

namespace FunctionalScoring.Shell.Tests.CommandLine;

public class PlanCommandTests
{
    private static readonly string Dense = ConformanceCases.Data("dense");

    private static readonly Lazy<Task<RawDataset>> DenseRaw = new(async () =>
        (await DatasetLoader.LoadAsync(Dense)).Match(d => d.Raw, e => throw new XunitException(e.Message)));

    [Fact]
    public async Task Plan_over_the_dense_case_lists_the_cheapest_plans_and_writes_one_row_per_partner_path_and_metric()
    {
        using var folder = new TempFolder();
        var file = folder.File("plans/plan.parquet");

        var (exit, output, _) = await CliRunner.RunAsync("plan", "--data", Dense, "--out", file, "--top", "5");

        Assert.Equal(0, exit);
        Assert.Contains("260 partners, 135 qualify; 125 do not: 125 with a plan, 0 with none.", output);
        Assert.Contains("Cheapest paths to qualify (top 5)", output);
        await using var reader = await ParquetReader.CreateAsync(file);
        Assert.Equal(["partner_id", "path", "metric", "association_type", "units", "cost", "points_after"], reader.Schema.GetDataFields().Select(f => f.Name).ToArray());
        Assert.Equal(125 * 2 * 5, reader.Metadata!.NumRows);
    }

    /// <summary>
    /// On the dense case (partners built to sit near 70), every partner's cheapest plan, written as
    /// a scenario of hypothetical tenants and persons, makes it qualify with exactly the planned
    /// points; removing those facts again gives back the whole original score.
    /// </summary>
    [Fact]
    public async Task Every_dense_partner_qualifies_after_its_cheapest_plan_and_removing_it_restores_its_score()
    {
        var raw = await DenseRaw.Value;
        var rules = BuiltInRuleSets.Default;
        var facts = Scoring.Check(rules, raw).IfLeft(e => throw new XunitException(e.Message));
        var month = facts.Dataset.Window.AsOf;
        var unqualified = facts.Dataset.PartnerIds.AsParallel().AsOrdered().Select(id => Scorer.ScorePartner(rules, facts.Dataset, id)).Where(p => !p.Qualified).ToList();
        var context = PlanningContext.For(rules, Costs.Default);
        Assert.Equal(125, unqualified.Count);

        foreach (var partner in unqualified)
        {
            var plan = Planner.PlanPartner(context, partner).Cheapest.IfNone(() => throw new XunitException($"no plan for {partner.PartnerId}"));
            var additions = PlanScenario.Of(plan, rules, month);
            var comparison = Simulator.Simulate(rules, raw, partner.PartnerId, additions, month).IfLeft(e => throw new XunitException(e.Message));
            var slice = PartnerSlice.Of(raw, partner.PartnerId, additions.AddTenants.Map(t => t.TenantId));
            var added = Simulator.Apply(additions, new ScenarioTarget(partner.PartnerId, rules, month), slice);
            var undone = Simulator.Simulate(rules, added, partner.PartnerId, PlanScenario.Removal(additions), month).IfLeft(e => throw new XunitException(e.Message));

            Assert.True(comparison.Gains, $"{partner.PartnerId} does not qualify after {additions.Description}");
            Assert.Equal(plan.Steps.Map(s => s.PointsAfter).ToArray(), comparison.After.Path(plan.Path).Metrics.Map(m => m.Points).ToArray());
            Assert.Equal((partner, partner), (comparison.Before, undone.After));
        }
    }

    [Fact]
    public async Task A_partner_plan_written_as_a_scenario_flips_the_partner_in_simulate()
    {
        using var folder = new TempFolder();
        var scenario = folder.File("p2.json");

        var (planExit, planOutput, _) = await CliRunner.RunAsync("plan", "--data", Dense, "--partner", "P00002", "--cost-user", "0.05", "--cost-tenant", "10", "--scenario-out", scenario);
        var (exit, output, _) = await CliRunner.RunAsync("simulate", "--data", Dense, "--partner", "P00002", "--scenario", scenario);

        Assert.Equal(0, planExit);
        Assert.Contains("SMB: 10.00 → 70.00, cost 31 (cheapest)", planOutput);
        Assert.Equal(0, exit);
        Assert.Contains("SMB: 10.00 → 70.00 (+60.00) — does not qualify → qualifies", output);
        Assert.Contains("Qualification flips: does not qualify → qualifies.", output);
    }

    [Fact]
    public async Task A_partner_that_qualifies_has_nothing_to_plan()
    {
        var (exit, output, _) = await CliRunner.RunAsync("plan", "--data", Dense, "--partner", "P00001");

        Assert.Equal(0, exit);
        Assert.Contains("P00001 qualifies already (SMB, 76.34): nothing to plan.", output);
    }

    [Theory]
    [InlineData("""{ "tenant": -1 }""", "$.tenant must be a number ≥ 0 with at most two decimals")]
    [InlineData("""{ "users": 1 }""", "$.users is not a scenario field")]
    public async Task A_costs_file_is_checked_field_by_field(string json, string message)
    {
        using var folder = new TempFolder();
        var costs = folder.File("costs.json");
        await File.WriteAllTextAsync(costs, json);

        var (exit, output, errors) = await CliRunner.RunAsync("plan", "--data", Dense, "--costs", costs);

        Assert.Equal((1, ""), (exit, output));
        Assert.Contains(message, errors);
    }

    [Theory]
    [InlineData("--costs", "c.json", "--cost-user", "2")]
    [InlineData("--scenario-out", "s.json")]
    [InlineData("--cost-user", "0.001")]
    public async Task Contradictory_or_malformed_options_are_usage_errors(params string[] options)
    {
        var (exit, _, _) = await CliRunner.RunAsync(["plan", "--data", Dense, .. options]);

        Assert.Equal(2, exit);
    }
}
