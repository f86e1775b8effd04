using System.CommandLine;
using FunctionalScoring.Cli.Views;
using FunctionalScoring.Core.RuleDiff;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Reading;
using LanguageExt;
using Spectre.Console;

namespace FunctionalScoring.Cli.Commands;

/// <summary><c>rules diff A B [--data DIR]</c>: the rules two rule sets differ in and, given a dataset, whom that changes.</summary>
public static class RulesDiffCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var a = new Argument<string>("A") { Description = "A built-in rule-set id or a rule-set JSON file: the rules before." };
        var b = new Argument<string>("B") { Description = "A built-in rule-set id or a rule-set JSON file: the rules after." };
        var data = new System.CommandLine.Option<string>("--data") { Description = "Score this dataset under both rule sets: who gains or loses qualification, which metric points move." };
        var asOf = CommonOptions.AsOf();
        var partner = new System.CommandLine.Option<string>("--partner") { Description = "With --data: one partner's scorecard under A and B, side by side." };
        var top = new System.CommandLine.Option<int>("--top") { Description = "How many metric changes to list (largest first).", DefaultValueFactory = _ => 20 };
        var command = new Command("diff", "Compare two rule sets: thresholds, maximum points, bands, types, workloads, certifications and parameters; with --data, the partners they flip.") { a, b, data, asOf, partner, top };
        command.Validators.Add(result =>
        {
            if (result.GetValue(partner) is not null && result.GetValue(data) is null)
            {
                result.AddError("--partner needs --data");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var before = CommonOptions.ParseRules(parse.GetValue(a)!);
            var after = CommonOptions.ParseRules(parse.GetValue(b)!);
            RulesDiffView.WriteRules(console, before, after, RuleSetDiff.Of(before, after));
            if (parse.GetValue(data) is not { } folder)
            {
                return ExitCodes.Ok;
            }

            var month = CommonOptions.ParseAsOf(parse.GetValue(asOf));
            var read = await ReadProgressView.RunAsync(console, progress => DatasetReader.ReadAsync(new ReadRequest(folder, Prelude.Seq(before, after), month), progress, ct));
            var both = read.IfLeft(e => throw new UserFacingException(e));
            var runA = ParallelScoring.Run(both[0]);
            var comparison = RuleSetComparison.Of(runA, ParallelScoring.Run(both[1]));
            console.MarkupLine($"Scored {Markup.Escape(folder)} under both, as of [bold]{runA.Window.AsOf}[/] (baseline {runA.Window.Baseline}).");
            if (parse.GetValue(partner) is { } id)
            {
                var one = comparison.Partners.Find(c => c.PartnerId == id).IfNone(() => throw new UserFacingException($"partner '{id}' appears in no table of {folder}"));
                RulesDiffView.WritePartner(console, comparison, one);
            }
            else
            {
                RulesDiffView.WriteScores(console, comparison, parse.GetValue(top));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
