using System.CommandLine;
using FunctionalScoring.Cli.Views;
using FunctionalScoring.Core.Planning;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.WhatIf;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Reading;
using LanguageExt;
using Spectre.Console;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Cli.Commands;

/// <summary><c>plan</c>: for every partner that does not qualify, per path, the cheapest additions that would make it qualify.</summary>
public static class PlanCommand
{
    public static Command Create(Terminal terminal)
    {
        var console = terminal.Out;
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf();
        var rules = CommonOptions.Rules();
        var partner = new System.CommandLine.Option<string>("--partner") { Description = "Plan only this partner, in detail." };
        var costs = new System.CommandLine.Option<string>("--costs") { Description = "A JSON file of unit costs: {\"tenant\": 5, \"person\": 2, \"user\": 0.01, \"deployment\": 3} (each optional, default 1)." };
        var tenant = CostOption("--cost-tenant", "a net new tenant");
        var person = CostOption("--cost-person", "a certified person (intermediate or advanced)");
        var user = CostOption("--cost-user", "one more active user of growth (added to one association type's value)");
        var deployment = CostOption("--cost-deployment", "one more deployed tenant (through one association type)");
        var output = new System.CommandLine.Option<string>("--out") { Description = "Write every plan as Parquet: partner_id, path, metric, association_type, units, cost, points_after." };
        var scenarioOut = new System.CommandLine.Option<string>("--scenario-out") { Description = "With --partner: write the cheapest plan as a scenario file for simulate." };
        var top = new System.CommandLine.Option<int>("--top") { Description = "How many of the cheapest plans to list.", DefaultValueFactory = _ => 20 };
        var command = new Command("plan", "Path to qualify: per partner that does not qualify and per path, the cheapest tenants, certified persons, active users and deployments to add (exact, R9 and R21).")
        {
            data, asOf, rules, partner, costs, tenant, person, user, deployment, output, scenarioOut, top,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(costs) is not null && new[] { tenant, person, user, deployment }.Any(o => result.GetValue(o) is not null))
            {
                result.AddError("give --costs or --cost-tenant/--cost-person/--cost-user/--cost-deployment, not both");
            }

            if (result.GetValue(scenarioOut) is not null && result.GetValue(partner) is null)
            {
                result.AddError("--scenario-out needs --partner");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var inputs = new[] { parse.GetValue(data), CommonOptions.RulesFile(parse.GetValue(rules)!), parse.GetValue(costs) };
            var parquetFile = parse.GetValue(output) is { } path ? CommonOptions.OutputFile("--out", path, inputs) : null;
            var scenarioFile = parse.GetValue(scenarioOut) is { } file ? CommonOptions.OutputFile("--scenario-out", file, [.. inputs, parse.GetValue(output)]) : null;
            var ruleSet = CommonOptions.ParseRules(parse.GetValue(rules)!);
            var unitCosts = parse.GetValue(costs) is { } costsFile
                ? await CommonOptions.ReadCostsAsync(costsFile, ct)
                : new Costs(parse.GetValue(tenant) ?? 1m, parse.GetValue(person) ?? 1m, parse.GetValue(user) ?? 1m, parse.GetValue(deployment) ?? 1m);
            if (!new[] { unitCosts.Tenant, unitCosts.Person, unitCosts.User, unitCosts.Deployment }.All(CostsParser.IsValid))
            {
                throw new UserFacingException("every cost must be a number ≥ 0 with at most two decimals", ExitCodes.UsageError);
            }

            var month = CommonOptions.ParseAsOf(parse.GetValue(asOf));
            var read = await ReadProgressView.RunAsync(console, progress => DatasetReader.ReadAsync(parse.GetValue(data)!, ruleSet, month, progress: progress, ct: ct));
            var run = ParallelScoring.Run(read.IfLeft(e => throw new UserFacingException(e)));
            var partners = parse.GetValue(partner) is { } id ? Only(run.Partners, id, parse.GetValue(data)!) : run.Partners;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var context = PlanningContext.For(ruleSet, unitCosts);
            var plans = toSeq(partners.Filter(p => !p.Qualified).AsParallel().AsOrdered().Select(p => Planner.PlanPartner(context, p))).Strict();
            var planning = clock.Elapsed;

            console.MarkupLine($"Rule set [bold]{Markup.Escape(ruleSet.Id)}[/], as of [bold]{run.Window.AsOf}[/]; unit costs: tenant {unitCosts.Tenant:0.##}, person {unitCosts.Person:0.##}, user {unitCosts.User:0.##}, deployment {unitCosts.Deployment:0.##}.");
            WarningsView.Write(terminal, run.Warnings);

            console.MarkupLine("Usage growth is planned as active users added to one association type's value (the plan's abstraction); deployments likewise as deployed tenants through one type.");
            if (parse.GetValue(partner) is { } single)
            {
                plans.HeadOrNone().Match(
                    Some: plan => PlanView.WritePartner(console, plan),
                    None: () => console.MarkupLine($"[green]{Markup.Escape(single)} qualifies already[/] ({partners.Head.ReportedPath}, {partners.Head.Reported.Total:0.00}): nothing to plan."));
                foreach (var status in run.WindowOf(single))
                {
                    console.MarkupLine(WindowView.Sentence(single, status, run.Window.AsOf, ruleSet.Parameters.QualificationWindowMonths));
                }

                await WriteScenarioAsync(console, scenarioFile, plans, ruleSet, run.Window.AsOf, ct);
            }
            else
            {
                PlanView.WriteAll(console, partners.Count, plans, parse.GetValue(top), run.Windows, run.Window.AsOf);
            }

            console.MarkupLine($"Planned {plans.Count:N0} partners in {planning.TotalSeconds:0.000} s.");
            if (parquetFile is not null)
            {
                await PlanOutputs.WriteAsync(parquetFile, plans, ct);
                console.MarkupLine($"Wrote [bold]{Markup.Escape(parquetFile.Path)}[/] ({plans.Sum(p => p.Paths.Sum(path => path.Steps.Count)):N0} rows).");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Seq<Core.Results.PartnerScore> Only(Seq<Core.Results.PartnerScore> partners, string id, string data)
    {
        var found = partners.Filter(p => p.PartnerId == id);
        return found.IsEmpty ? throw new UserFacingException($"partner '{id}' appears in no table of {data}") : found;
    }

    private static System.CommandLine.Option<decimal?> CostOption(string name, string what) =>
        new(name) { Description = $"The cost of {what} (default 1; ≥ 0, at most two decimals)." };

    private static async Task WriteScenarioAsync(IAnsiConsole console, OutputFile? file, Seq<PartnerPlan> plans, RuleSet rules, Month asOf, CancellationToken ct)
    {
        if (file is null)
        {
            return;
        }

        var scenario = plans.HeadOrNone().Bind(p => p.Cheapest).Map(plan => PlanScenario.Of(plan, rules, asOf)).IfNone(Scenario.Empty);
        await AtomicFile.WriteAsync(file, staging => File.WriteAllTextAsync(staging, ScenarioJson.Write(scenario), ct));
        console.MarkupLine($"Wrote the cheapest plan as a scenario: [bold]{Markup.Escape(file.Path)}[/] (simulate --scenario).");
    }
}
