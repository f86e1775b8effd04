using System.CommandLine;
using FunctionalScoring.Cli.Views;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Report;
using Spectre.Console;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Cli.Commands;

/// <summary><c>report</c>: every partner of a dataset scored, rendered as one self-contained HTML page.</summary>
public static class ReportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf();
        var rules = CommonOptions.Rules();
        var output = new System.CommandLine.Option<string>("--out") { Description = "The HTML file to write, replaced atomically (temporary file, then a move).", Required = true };
        var top = new System.CommandLine.Option<int>("--top") { Description = "How many partners closest to qualifying to list with their gap (R23).", DefaultValueFactory = _ => 10 };
        var costs = new System.CommandLine.Option<string>("--costs") { Description = "A JSON file of unit costs for the closest partners' cheapest plans: {\"tenant\": 5, \"person\": 2, \"user\": 0.01, \"deployment\": 3} (each optional, default 1)." };
        var command = new Command("report", "Score every partner and write one self-contained HTML report: summary, charts, closest gaps with cheapest plans, and a searchable table.") { data, asOf, rules, output, top, costs };
        command.Validators.Add(result =>
        {
            if (result.GetValue(top) < 0)
            {
                result.AddError("--top must be 0 or more");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var dataDirectory = parse.GetValue(data)!;
            var target = CommonOptions.OutputFile("--out", parse.GetValue(output)!, dataDirectory, CommonOptions.RulesFile(parse.GetValue(rules)!), parse.GetValue(costs));
            var unitCosts = parse.GetValue(costs) is { } costsFile ? Some(await CommonOptions.ReadCostsAsync(costsFile, ct)) : None;
            var request = new ScoreRequest(dataDirectory, CommonOptions.ParseRules(parse.GetValue(rules)!), CommonOptions.ParseAsOf(parse.GetValue(asOf)), None);
            var outcome = await ReadProgressView.RunAsync(console, progress => ScoreJob.RunAsync(request, progress, ct));
            var run = outcome.IfLeft(message => throw new UserFacingException(message)).Run;

            var html = HtmlReport.Render(run, new ReportOptions(DatasetName(dataDirectory), parse.GetValue(top), unitCosts));
            await ReportFile.WriteAsync(target, html, ct);
            console.MarkupLine($"Wrote [bold]{Markup.Escape(target.Path)}[/]: {run.Partners.Count:N0} partners, {run.Partners.Count(p => p.Qualified):N0} qualified, as of {run.Window.AsOf}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The folder's own name, as a reader knows the dataset (<c>data-samples</c>); a folder called
    /// just <c>data</c> says little, so its parent's name comes first (<c>dense/data</c>).
    /// </summary>
    private static string DatasetName(string dataDirectory)
    {
        var full = new DirectoryInfo(Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        return full.Name == "data" && full.Parent is { Parent: not null } parent ? $"{parent.Name}/{full.Name}" : full.Name;
    }
}
