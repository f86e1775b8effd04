using System.CommandLine;
using FunctionalScoring.Shell.Merging;
using FunctionalScoring.Shell.Outputs;
using Spectre.Console;

namespace FunctionalScoring.Cli.Commands;

/// <summary><c>merge</c>: the outputs of <c>score --shard 1/N … N/N</c> into the outputs of one whole run.</summary>
public static class MergeCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var output = new System.CommandLine.Option<string>("--out") { Description = "Output folder, replaced atomically: the same summary, scorecard, evidence and rejects (.parquet) and run.json as score without --shard.", Required = true };
        var shards = new Argument<string[]>("SHARD_DIR") { Description = "The --out folders of score --shard 1/N … N/N, in any order.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge", "Combine the outputs of score --shard K/N (every K of one N) into the outputs of a single run.") { output, shards };
        command.SetAction(async (parse, ct) =>
        {
            var folders = parse.GetValue(shards)!;
            var request = new MergeRequest(folders.ToSeq(), CommonOptions.OutputFolder("--out", parse.GetValue(output)!, OutputKind.RunOutputs, folders));
            var outcome = await MergeJob.RunAsync(request, ct);
            return outcome.Match(
                Right: done =>
                {
                    console.MarkupLine($"Merged [bold]{done.Shards}[/] shards: {done.Record.Partners:N0} partners, {done.Record.QualifiedPartners:N0} qualified "
                        + $"(rule set {Markup.Escape(done.Record.RuleSetId)}, as of {done.Record.AsOfMonth}).");
                    console.MarkupLine($"Wrote [bold]{Markup.Escape(request.OutDirectory.Path)}[/] (summary, scorecard, evidence, rejects, run.json) in {done.Record.TimingsSeconds["merge"]:0.00} s.");
                    return ExitCodes.Ok;
                },
                Left: errors => throw new UserFacingException(string.Join(Environment.NewLine, errors.Map(e => e.Message))));
        });
        return command;
    }
}
