using System.CommandLine;
using FunctionalScoring.Cli.Views;
using FunctionalScoring.Core;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Explanation;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Shell.Diagnostics;
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
        var history = new System.CommandLine.Option<bool>("--history") { Description = "The partner's trajectory instead: total and each metric's points per month on both paths, gains and losses marked (R30)." };
        var months = new System.CommandLine.Option<int?>("--months") { Description = $"With --history: how many as-of months, ending at --as-of (default {DefaultMonths}; 1–{HistoryCommand.MostMonths})." };
        var command = new Command("explain", "One partner's scorecard with the evidence behind each metric; with --tenant or --person, that tenant's or person's eligibility; with --history, its score month by month.")
        {
            data, asOf, rules, partner, tenant, person, evidence, history, months,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(tenant) is not null && result.GetValue(person) is not null)
            {
                result.AddError("give --tenant or --person, not both");
            }
            else if (result.GetValue(history) && (result.GetValue(tenant) is not null || result.GetValue(person) is not null))
            {
                result.AddError("--history shows the partner's months: give it without --tenant or --person");
            }

            if (result.GetValue(months) is { } count && (!result.GetValue(history) || count is < 1 or > HistoryCommand.MostMonths))
            {
                result.AddError($"--months needs --history and lies between 1 and {HistoryCommand.MostMonths}");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var ruleSet = CommonOptions.ParseRules(parse.GetValue(rules)!);
            var month = CommonOptions.ParseAsOf(parse.GetValue(asOf));
            var id = parse.GetValue(partner)!;
            if (parse.GetValue(history))
            {
                await TrajectoryAsync(console, parse.GetValue(data)!, ruleSet, id, month, parse.GetValue(months) ?? DefaultMonths, ct);
                return ExitCodes.Ok;
            }

            var window = ruleSet.Parameters.QualificationWindowMonths;
            var slice = (await PartnerSliceReader.ReadAsync(parse.GetValue(data)!, id, [], month, months: window, ct: ct)).IfLeft(e => throw new UserFacingException(e));
            var facts = Scoring.Check(ruleSet, slice.Raw, slice.AsOf).IfLeft(e => throw new UserFacingException(e.Message));
            MemoryProfile.Note("the slice checked");
            if (!facts.Dataset.PartnerIds.Contains(id))
            {
                throw new UserFacingException($"partner '{id}' appears in no table of {parse.GetValue(data)}");
            }

            var (score, rows) = Scorer.ScorePartnerWithEvidence(ruleSet, facts.Dataset, id);
            MemoryProfile.Note("the partner scored");
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
                foreach (var status in Scoring.WindowOf(ruleSet, facts.Dataset, score))
                {
                    console.MarkupLine(WindowView.Sentence(id, status, facts.Dataset.Window.AsOf, window));
                }
            }

            MemoryProfile.Note("shown");
            return ExitCodes.Ok;
        });
        return command;
    }

    private const int DefaultMonths = 12;

    /// <summary>
    /// R30 for one partner: only its slice is read (the months' windows, its tenants), checked once over
    /// every month (one fold), then scored month by month; under a window longer than one month, the
    /// months the last one's window needs are scored too (R32).
    /// </summary>
    private static async Task TrajectoryAsync(IAnsiConsole console, string data, RuleSet rules, string id, LanguageExt.Option<Month> asOf, int count, CancellationToken ct)
    {
        var evaluated = Math.Max(count, rules.Parameters.QualificationWindowMonths);
        var slice = (await PartnerSliceReader.ReadAsync(data, id, [], asOf, months: evaluated, ct: ct)).IfLeft(e => throw new UserFacingException(e));
        var months = EvaluationMonths.Ending(slice.AsOf, evaluated);
        var facts = DatasetChecks.Check(rules, months, slice.Raw);
        if (!facts.Dataset.PartnerIds.Contains(id))
        {
            throw new UserFacingException($"partner '{id}' appears in no table of {data}");
        }

        var history = ScoreHistory.Of(rules, facts.Dataset, months, id);
        TrajectoryView.Write(console, rules, facts.Dataset.NameOf(id), history, EvaluationMonths.Ending(slice.AsOf, count));
    }
}
