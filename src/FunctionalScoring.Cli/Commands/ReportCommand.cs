using System.CommandLine;
using FunctionalScoring.Cli.Views;
using FunctionalScoring.Core.Evaluation;
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
        var months = new System.CommandLine.Option<int>("--months") { Description = $"How many months the trends section shows, ending at the as-of month (R30; 1 leaves it out; 1–{HistoryCommand.MostMonths}).", DefaultValueFactory = _ => 12 };
        var command = new Command("report", "Score every partner and write one self-contained HTML report: summary, charts, trends over the months, closest gaps with cheapest plans, and a searchable table.") { data, asOf, rules, output, top, costs, months };
        command.Validators.Add(result =>
        {
            if (result.GetValue(top) < 0)
            {
                result.AddError("--top must be 0 or more");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(months) is < 1 or > HistoryCommand.MostMonths)
            {
                throw new UserFacingException($"--months must be between 1 and {HistoryCommand.MostMonths}", ExitCodes.UsageError);
            }

            var dataDirectory = parse.GetValue(data)!;
            var target = CommonOptions.OutputFile("--out", parse.GetValue(output)!, dataDirectory, CommonOptions.RulesFile(parse.GetValue(rules)!), parse.GetValue(costs));
            var unitCosts = parse.GetValue(costs) is { } costsFile ? Some(await CommonOptions.ReadCostsAsync(costsFile, ct)) : None;
            var ruleSet = CommonOptions.ParseRules(parse.GetValue(rules)!);
            var request = new HistoryRequest(dataDirectory, ruleSet, CommonOptions.ParseAsOf(parse.GetValue(asOf)), parse.GetValue(months));
            var outcome = await ReadProgressView.RunAsync(console, progress => HistoryJob.RunAsync(request, progress, ct));
            var history = outcome.IfLeft(message => throw new UserFacingException(message));

            // R30: the as-of month's run is the history's last month, from the same read.
            var run = ParallelScoring.Run(ruleSet, history.Checked, Shard.Whole);
            var options = new ReportOptions(DatasetName(dataDirectory), parse.GetValue(top), unitCosts);
            var trends = history.Months.Count > 1 ? Some(ReportTrends.Of(history, HistoryJob.AtRisk(history, options.UnitCosts))) : None;
            var html = HtmlReport.Render(run, options, trends);
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
