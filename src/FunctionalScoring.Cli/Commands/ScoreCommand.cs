using System.CommandLine;
using FunctionalScoring.Cli.Views;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Outputs;
using LanguageExt;
using Spectre.Console;

namespace FunctionalScoring.Cli.Commands;

/// <summary><c>score</c>: every partner of a dataset, on both paths, with evidence, into Parquet outputs.</summary>
public static class ScoreCommand
{
    public static Command Create(Terminal terminal)
    {
        var console = terminal.Out;
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf();
        var rules = CommonOptions.Rules();
        var output = new System.CommandLine.Option<string>("--out") { Description = "Output folder, replaced atomically: summary, scorecard, evidence and rejects (.parquet) and run.json.", DefaultValueFactory = _ => "out" };
        var strict = new System.CommandLine.Option<bool>("--strict") { Description = "Fail (exit 1, nothing written) when any input row is rejected (R28)." };
        var shard = new System.CommandLine.Option<string>("--shard") { Description = "Score only shard K of N (K/N): the partners whose id's FNV-1a hash is K−1 modulo N. Combine shard outputs with merge." };
        var top = new System.CommandLine.Option<int>("--top") { Description = "How many partners closest to qualifying to list.", DefaultValueFactory = _ => 10 };
        var command = new Command("score", "Score every partner of a dataset and write summary, scorecard, evidence, rejects and run record.") { data, asOf, rules, output, strict, shard, top };
        command.SetAction(async (parse, ct) =>
        {
            var folder = CommonOptions.OutputFolder("--out", parse.GetValue(output)!, OutputKind.RunOutputs, parse.GetValue(data), CommonOptions.RulesFile(parse.GetValue(rules)!));
            var request = new ScoreRequest(
                parse.GetValue(data)!,
                CommonOptions.ParseRules(parse.GetValue(rules)!),
                CommonOptions.ParseAsOf(parse.GetValue(asOf)),
                folder,
                parse.GetValue(strict),
                ParseShard(parse.GetValue(shard)));
            var outcome = await ReadProgressView.RunAsync(console, progress => ScoreJob.RunAsync(request, progress, ct));
            return outcome.Match(
                Right: done =>
                {
                    WarningsView.Write(terminal, done.Run.Warnings);
                    SummaryView.Write(console, done.Run, parse.GetValue(top));
                    console.MarkupLine($"Wrote [bold]{Markup.Escape(folder.Path)}[/] (summary, scorecard, evidence, rejects, run.json) in {done.Record.TimingsSeconds.Values.Sum():0.00} s.");
                    return ExitCodes.Ok;
                },
                Left: message => throw new UserFacingException(message));
        });
        return command;
    }

    private static Shard? ParseShard(string? text) =>
        text is null ? null : Shard.Parse(text).IfNone(() => throw new UserFacingException($"--shard '{text}' must be K/N with 1 ≤ K ≤ N", ExitCodes.UsageError));
}
