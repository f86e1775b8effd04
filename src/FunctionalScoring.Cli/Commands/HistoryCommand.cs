using System.CommandLine;
using System.Diagnostics;
using FunctionalScoring.Cli.Views;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Planning;
using FunctionalScoring.Shell.Diagnostics;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Outputs;

using Spectre.Console;

namespace FunctionalScoring.Cli.Commands;

/// <summary><c>history</c>: every partner's result month by month (R30) from one read, who gained or lost the designation, and who is at risk (R32).</summary>
public static class HistoryCommand
{
    /// <summary>Ten years: beyond that the months leave the calendar the tool can name long before the data would.</summary>
    public const int MostMonths = 120;

    public static Command Create(Terminal terminal)
    {
        var console = terminal.Out;
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf();
        var rules = CommonOptions.Rules();
        var months = new Option<int>("--months") { Description = $"How many as-of months, ending at --as-of (R30; 1–{MostMonths}).", DefaultValueFactory = _ => 12 };
        var output = new Option<string>("--out") { Description = "Write history.parquet, history_changes.parquet, at_risk.parquet and run.json to this folder, replaced atomically." };
        var costs = new Option<string>("--costs") { Description = "A JSON file of unit costs for the at-risk partners' cheapest plans: {\"tenant\": 5, \"person\": 2, \"user\": 0.01, \"deployment\": 3} (each optional, default 1)." };
        var top = new Option<int>("--top") { Description = "How many partners to list per table (moves, at risk).", DefaultValueFactory = _ => 20 };
        var command = new Command("history", "Every partner's score month by month from one read of the usage table: qualified partners per month, who gained or lost the designation, and who holds it only through the window (at risk).")
        {
            data, asOf, rules, months, output, costs, top,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(months) is < 1 or > MostMonths)
            {
                throw new UserFacingException($"--months must be between 1 and {MostMonths}", ExitCodes.UsageError);
            }

            if (parse.GetValue(top) < 0)
            {
                throw new UserFacingException("--top must be 0 or more", ExitCodes.UsageError);
            }

            var folder = parse.GetValue(output) is { } path
                ? CommonOptions.OutputFolder("--out", path, OutputKind.RunOutputs, parse.GetValue(data), CommonOptions.RulesFile(parse.GetValue(rules)!), parse.GetValue(costs))
                : null;
            var unitCosts = parse.GetValue(costs) is { } file ? await CommonOptions.ReadCostsAsync(file, ct) : Costs.Default;
            var request = new HistoryRequest(parse.GetValue(data)!, CommonOptions.ParseRules(parse.GetValue(rules)!), CommonOptions.ParseAsOf(parse.GetValue(asOf)), parse.GetValue(months));
            var (history, atRisk, atRiskSeconds) = await ScoreAndPlanAsync(console, request, unitCosts, ct);

            // The rest must not run inline under the frame that completed ScoreAndPlanAsync: that frame
            // still references the checked dataset, which would stay alive through the view and the files.
            await Task.Yield();
            var clock = Stopwatch.StartNew();
            var timings = new Dictionary<string, double>(history.Timings) { ["at_risk"] = atRiskSeconds };

            WarningsView.Write(terminal, history.Warnings);
            HistoryView.Write(console, history, atRisk, parse.GetValue(top));
            MemoryProfile.Mark("history shown");
            if (folder is { } target)
            {
                clock.Restart();
                await HistoryOutputs.WriteAsync(target, history, atRisk, () =>
                {
                    timings["write"] = Math.Round(clock.Elapsed.TotalSeconds, 3);
                    return HistoryOutputs.Record(history, timings);
                }, ct);
                MemoryProfile.Mark("history written");
                console.MarkupLine($"Wrote [bold]{Markup.Escape(target.Path)}[/] ({string.Join(", ", HistoryOutputs.Files)}).");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Every month scored and the at-risk partners planned; the history comes back without its checked
    /// dataset, so the usage cells of every month are not held while the view and the files are made
    /// (on bench L they are most of a 12-month history's memory).
    /// </summary>
    private static async Task<(HistoryOutcome History, LanguageExt.Seq<AtRiskPartner> AtRisk, double AtRiskSeconds)> ScoreAndPlanAsync(
        IAnsiConsole console, HistoryRequest request, Costs costs, CancellationToken ct)
    {
        var outcome = await ReadProgressView.RunAsync(console, progress => HistoryJob.RunAsync(request, progress, ct));
        var history = outcome.IfLeft(message => throw new UserFacingException(message));
        var clock = Stopwatch.StartNew();
        var atRisk = HistoryJob.AtRisk(history, costs);
        return (history.WithoutCheckedDataset(), atRisk, Math.Round(clock.Elapsed.TotalSeconds, 3));
    }
}
