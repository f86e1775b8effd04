using System.CommandLine;
using FunctionalScoring.Cli.Views;
using FunctionalScoring.Core;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.WhatIf;
using FunctionalScoring.Shell.Reading;
using LanguageExt;
using Spectre.Console;

namespace FunctionalScoring.Cli.Commands;

/// <summary><c>simulate</c>: one partner's scorecard before and after a what-if scenario (docs/scenarios.md).</summary>
public static class SimulateCommand
{
    public static Command Create(Terminal terminal)
    {
        var console = terminal.Out;
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf();
        var rules = CommonOptions.Rules();
        var partner = new System.CommandLine.Option<string>("--partner") { Description = "The partner the scenario's facts belong to.", Required = true };
        var scenario = new System.CommandLine.Option<string>("--scenario") { Description = "A scenario JSON file: tenants, associations, persons and usage to add or remove, another as-of month or rule set (docs/scenarios.md).", Required = true };
        var command = new Command("simulate", "What if: one partner's scorecard before and after hypothetical facts, with the change of every metric and whether qualification flips.") { data, asOf, rules, partner, scenario };
        command.SetAction(async (parse, ct) =>
        {
            var before = CommonOptions.ParseRules(parse.GetValue(rules)!);
            var month = CommonOptions.ParseAsOf(parse.GetValue(asOf));
            var file = parse.GetValue(scenario)!;
            var what = await ReadScenarioAsync(file, ct);
            var after = what.Rules.Match(id => ResolveRules(id, file), () => before);
            var id = parse.GetValue(partner)!;
            var window = before.Parameters.QualificationWindowMonths;
            var slice = (await PartnerSliceReader.ReadAsync(parse.GetValue(data)!, id, Simulator.TenantsNamed(what), month, what.AsOf.ToSeq(), window, ct)).IfLeft(e => throw new UserFacingException(e));
            var raw = slice.Raw;
            var known = Mentions(raw, id);
            if (!known && what.ChangesNoFacts)
            {
                throw new UserFacingException($"partner '{id}' appears in no table of {parse.GetValue(data)} and the scenario adds nothing for it");
            }

            var comparison = Simulator.Simulate(before, after, raw, id, what, slice.AsOf).IfLeft(e => throw new UserFacingException(e.Message));
            var beforeMonth = slice.AsOf;
            if (!known)
            {
                terminal.Note($"partner {id} is in no table: before the scenario it scores 0 (R24).");
            }

            console.MarkupLine($"What if: {Markup.Escape(what.Description.Length > 0 ? what.Description : Path.GetFileName(file))}");
            SimulationView.Write(console, comparison, $"{before.Id} as of {beforeMonth}", $"{after.Id} as of {what.AsOf.IfNone(beforeMonth)}, with {Summary(what)}");
            foreach (var status in Scoring.WindowOf(before, raw, id, beforeMonth).IfLeft(e => throw new UserFacingException(e.Message)))
            {
                console.MarkupLine("Before the scenario: " + WindowView.Sentence(id, status, beforeMonth, window));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Reads and parses a scenario file; every problem is reported with its field (exit 1).</summary>
    public static async Task<Scenario> ReadScenarioAsync(string file, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            throw new UserFacingException($"scenario file {file} does not exist");
        }

        var text = await File.ReadAllTextAsync(file, ct);
        return ScenarioParser.Parse(text).Match(
            Succ: s => s,
            Fail: errors => throw new UserFacingException($"scenario file {file} is invalid:\n  " + string.Join("\n  ", errors)));
    }

    /// <summary>A scenario's rule set: a built-in id, a file as given, or a file beside the scenario.</summary>
    private static Core.Rules.RuleSet ResolveRules(string id, string scenarioFile)
    {
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(scenarioFile)) ?? "", id);
        return CommonOptions.ParseRules(!File.Exists(id) && File.Exists(beside) ? beside : id);
    }

    private static bool Mentions(RawDataset raw, string partner) =>
        raw.Associations.Partner.Values.Contains(partner) || raw.Certifications.Partner.Values.Contains(partner) || raw.Partners.Partner.Values.Contains(partner);

    private static string Summary(Scenario s)
    {
        var parts = new[]
        {
            (s.AddTenants.Count, "tenant(s) added"), (s.RemoveTenants.Count, "tenant(s) removed"),
            (s.AddAssociations.Count, "association(s) added"), (s.RemoveAssociations.Count, "association removal(s)"),
            (s.AddPersons.Count, "person(s) certified"), (s.RemovePersons.Count, "person removal(s)"), (s.SetUsage.Count, "usage change(s)"),
        }.Where(p => p.Count > 0).Select(p => $"{p.Count} {p.Item2}").ToList();
        return parts.Count == 0 ? "no change of facts" : string.Join(", ", parts);
    }
}
