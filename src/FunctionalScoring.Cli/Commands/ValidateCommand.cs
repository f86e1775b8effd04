using System.CommandLine;
using FunctionalScoring.Cli.Views;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Reading;
using LanguageExt;
using Spectre.Console;

namespace FunctionalScoring.Cli.Commands;

/// <summary><c>validate</c>: the schema (R27) and every row check of R28 over every month, without R29's window. Writes nothing.</summary>
public static class ValidateCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var data = CommonOptions.Data();
        var rules = CommonOptions.Rules();
        var examples = new System.CommandLine.Option<int>("--examples") { Description = "How many rejected rows to show for each reason.", DefaultValueFactory = _ => 3 };
        var json = new System.CommandLine.Option<bool>("--json") { Description = "Print the row accounting as JSON instead of tables." };
        var strict = new System.CommandLine.Option<bool>("--strict") { Description = "Exit 1 when any row is rejected." };
        var command = new Command("validate", "Check a dataset's schema and every row of every month (R27, R28); prints counts and reasons, writes nothing.") { data, rules, examples, json, strict };
        command.SetAction(async (parse, ct) =>
        {
            var ruleSet = CommonOptions.ParseRules(parse.GetValue(rules)!);
            var validated = await ReadProgressView.RunAsync(console, progress => DatasetReader.ValidateAsync(parse.GetValue(data)!, ruleSet, progress, ct));
            var (accounting, rejections, inputs) = validated.IfLeft(error => throw new UserFacingException(error));
            if (parse.GetValue(json))
            {
                console.WriteLine(System.Text.Json.JsonSerializer.Serialize(RunRecord.Accounts(accounting), new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                console.MarkupLine($"Schema of [bold]{Markup.Escape(parse.GetValue(data)!)}[/] is valid ({inputs.Count} files). Every row of every month checked against {Markup.Escape(ruleSet.Id)}:");
                AccountingView.Write(console, accounting);
                WriteExamples(console, rejections, parse.GetValue(examples));
            }

            return parse.GetValue(strict) && accounting.Rejected > 0 ? ExitCodes.InputError : ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteExamples(IAnsiConsole console, Seq<Rejection> rejections, int perReason)
    {
        if (rejections.IsEmpty || perReason <= 0)
        {
            return;
        }

        var table = new Table().Title("Rejected rows (examples)").AddColumns("table", "reason", "file", "row", "values");
        foreach (var group in rejections.GroupBy(r => (r.Table, r.Reason)).OrderBy(g => g.Key.Table).ThenBy(g => g.Key.Reason))
        {
            foreach (var r in group.Take(perReason))
            {
                table.AddRow(r.Table.FileName(), Markup.Escape(r.Reason.Describe()), Markup.Escape(r.SourceFile), r.Row.ToString(), Markup.Escape(r.RawValues));
            }
        }

        console.Write(table);
    }
}
