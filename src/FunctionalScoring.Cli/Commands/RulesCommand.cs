using System.CommandLine;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Shell;
using Spectre.Console;

namespace FunctionalScoring.Cli.Commands;

/// <summary><c>rules list</c> and <c>rules show ID</c>: the built-in rule sets (R25).</summary>
public static class RulesCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var list = new Command("list", "List the built-in rule sets.");
        list.SetAction(_ =>
        {
            var table = new Table().AddColumns("id", "title", "effective", "hash");
            foreach (var set in BuiltInRuleSets.Ids.Map(id => BuiltInRuleSets.Find(id)).Somes())
            {
                table.AddRow(Markup.Escape(set.Id + (set.Id == BuiltInRuleSets.DefaultId ? " (default)" : "")), Markup.Escape(set.Title), set.EffectiveDate.ToString("yyyy-MM-dd"), set.ContentHash[..12]);
            }

            console.Write(table);
            return ExitCodes.Ok;
        });

        var idArgument = new Argument<string>("ID") { Description = "A built-in rule-set id or the path of a rule-set JSON file." };
        var json = new Option<bool>("--json") { Description = "Print the JSON document instead of the readable summary." };
        var show = new Command("show", "Show one rule set: bands, association types, thresholds, lists and parameters.") { idArgument, json };
        show.SetAction(parse =>
        {
            var id = parse.GetValue(idArgument)!;
            var set = RuleSetSource.Resolve(id).IfLeft(message => throw new UserFacingException(message));
            if (parse.GetValue(json))
            {
                console.WriteLine(BuiltInRuleSets.Document(id).IfNone(() => File.ReadAllText(id)));
                return ExitCodes.Ok;
            }

            Show(console, set);
            return ExitCodes.Ok;
        });

        return new Command("rules", "The rule sets: list the built-in ones, show one.") { list, show, RulesDiffCommand.Create(console) };
    }

    private static void Show(IAnsiConsole console, RuleSet set)
    {
        console.MarkupLine($"[bold]{Markup.Escape(set.Id)}[/] — {Markup.Escape(set.Title)} (effective {set.EffectiveDate:yyyy-MM-dd}, hash {set.ContentHash[..12]})");
        var paths = new Table().AddColumns("metric", "max points").Title("Thresholds");
        foreach (var path in set.Paths)
        {
            paths.AddColumn($"{path.Path} ({Markup.Escape(path.Band.ToString())}; {string.Join(", ", path.AssociationTypes)})");
        }

        foreach (var metric in Metrics.All)
        {
            var cells = set.Paths.Map(p => p.Rule(metric)).Map(rule => rule.ThresholdByType.IsEmpty
                ? rule.Threshold.ToString("0.##")
                : string.Join(", ", rule.ThresholdByType.Map((type, t) => $"{type} {t:0.##}")));
            paths.AddRow([metric.ToString(), set.Paths.Head.Rule(metric).MaxPoints.ToString("0.##"), .. cells]);
        }

        console.Write(paths);
        console.MarkupLine($"[bold]Eligible workloads:[/] {Markup.Escape(string.Join(", ", set.Workloads.Entries.Map(Describe)))}");
        console.MarkupLine($"[bold]Certifications:[/]");
        foreach (var (entry, i) in set.Certifications.Entries.Select((e, i) => (e, i)))
        {
            console.MarkupLine($"  {set.LevelOf(i),-12} {Markup.Escape(Describe(entry))}");
        }

        var p = set.Parameters;
        console.MarkupLine($"[bold]Parameters:[/] lostPairs={p.LostPairs}, deploymentRatio={p.DeploymentRatio}, deploymentComparison={p.DeploymentComparison}, minPointsPerMetric={p.MinPointsPerMetric}, qualifyingTotal={p.QualifyingTotal}, qualificationWindowMonths={p.QualificationWindowMonths}");
    }

    private static string Describe(NamedEntry entry) =>
        entry.Aliases.IsEmpty ? entry.Name : $"{entry.Name} [{string.Join(", ", entry.Aliases)}]";
}
