using System.CommandLine;
using FunctionalScoring.Cli.Views;
using FunctionalScoring.Core;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Explanation;
using FunctionalScoring.Shell.Reading;
using Spectre.Console;

namespace FunctionalScoring.Cli.Commands;

/// <summary><c>explain</c>: one partner's scorecard and evidence, or why one tenant or person counts or not.</summary>
public static class ExplainCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf();
        var rules = CommonOptions.Rules();
        var partner = new System.CommandLine.Option<string>("--partner") { Description = "The partner to explain.", Required = true };
        var tenant = new System.CommandLine.Option<string>("--tenant") { Description = "Explain why this tenant does or does not count, per path and metric." };
        var person = new System.CommandLine.Option<string>("--person") { Description = "Explain why this person's certifications count or not." };
        var evidence = new System.CommandLine.Option<int>("--evidence") { Description = "Evidence rows shown per metric.", DefaultValueFactory = _ => 10 };
        var command = new Command("explain", "One partner's scorecard with the evidence behind each metric; with --tenant or --person, that tenant's or person's eligibility.") { data, asOf, rules, partner, tenant, person, evidence };
        command.Validators.Add(result =>
        {
            if (result.GetValue(tenant) is not null && result.GetValue(person) is not null)
            {
                result.AddError("give --tenant or --person, not both");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var ruleSet = CommonOptions.ParseRules(parse.GetValue(rules)!);
            var month = CommonOptions.ParseAsOf(parse.GetValue(asOf));
            var id = parse.GetValue(partner)!;
            var slice = (await PartnerSliceReader.ReadAsync(parse.GetValue(data)!, id, [], month, ct: ct)).IfLeft(e => throw new UserFacingException(e));
            var facts = Scoring.Check(ruleSet, slice.Raw, slice.AsOf).IfLeft(e => throw new UserFacingException(e.Message));
            if (!facts.Dataset.PartnerIds.Contains(id))
            {
                throw new UserFacingException($"partner '{id}' appears in no table of {parse.GetValue(data)}");
            }

            var (score, rows) = Scorer.ScorePartnerWithEvidence(ruleSet, facts.Dataset, id);
            if (parse.GetValue(tenant) is { } tenantId)
            {
                TenantView.Write(console, TenantExplainer.Explain(ruleSet, facts.Dataset, id, rows, tenantId));
            }
            else if (parse.GetValue(person) is { } personId)
            {
                PersonView.Write(console, PersonExplainer.Explain(ruleSet, slice.Raw.Certifications, facts.Dataset.Window.AsOf, id, personId));
            }
            else
            {
                console.MarkupLine($"As of {facts.Dataset.Window.AsOf} (baseline {facts.Dataset.Window.Baseline}), rule set {Markup.Escape(ruleSet.Id)}.");
                ScorecardView.Write(console, score, rows, parse.GetValue(evidence));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
