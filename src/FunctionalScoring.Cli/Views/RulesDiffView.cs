using FunctionalScoring.Core.History;
using FunctionalScoring.Core.RuleDiff;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.WhatIf;
using LanguageExt;
using Spectre.Console;

namespace FunctionalScoring.Cli.Views;

/// <summary><c>rules diff</c>: the rules that differ, then who gains or loses qualification and which metric points move.</summary>
public static class RulesDiffView
{
    public static void WriteRules(IAnsiConsole console, RuleSet a, RuleSet b, Seq<RuleChange> changes)
    {
        console.MarkupLine($"A: [bold]{Markup.Escape(a.Id)}[/] ({a.ContentHash[..12]}), B: [bold]{Markup.Escape(b.Id)}[/] ({b.ContentHash[..12]})");
        if (changes.IsEmpty)
        {
            console.MarkupLine("No rule differs.");
            return;
        }

        var table = new Table().Title($"Rules that differ ({changes.Count})").AddColumns("rule", "A", "B");
        foreach (var change in changes)
        {
            table.AddRow(Markup.Escape(change.Rule), Markup.Escape(change.IsAddition ? "—" : change.Before), Markup.Escape(change.IsRemoval ? "—" : change.After));
        }

        console.Write(table);
    }

    public static void WriteScores(IAnsiConsole console, RuleSetComparison comparison, int top)
    {
        console.MarkupLine($"{comparison.Partners.Count:N0} partners: {comparison.Gained.Count:N0} gain qualification, {comparison.Lost.Count:N0} lose it, {comparison.Changed.Count:N0} have metric points that move.");
        var flips = comparison.Partners.Filter(c => c.Flips);
        if (!flips.IsEmpty)
        {
            var table = new Table().Title($"Partners whose qualification flips ({flips.Count})").AddColumns("partner", "name", "A", "B", "change");
            foreach (var c in flips)
            {
                table.AddRow(
                    Markup.Escape(c.PartnerId),
                    Markup.Escape(c.After.PartnerName),
                    $"{Markup.Escape(Verdict(c.Before.Qualified, c.WindowBefore))} ({c.Before.ReportedPath} {c.Before.Reported.Total:0.00})",
                    $"{Markup.Escape(Verdict(c.After.Qualified, c.WindowAfter))} ({c.After.ReportedPath} {c.After.Reported.Total:0.00})",
                    c.Gains ? "[green]gains[/]" : "[red]loses[/]");
            }

            console.Write(table);
        }

        var moves = comparison.Changed
            .Bind(c => c.Paths.Bind(p => p.Metrics.Filter(m => m.PointsChange != 0).Map(m => (c.PartnerId, p.Path, Metric: m))))
            .OrderByDescending(x => Math.Abs(x.Metric.PointsChange)).ThenBy(x => x.PartnerId, StringComparer.Ordinal).ThenBy(x => x.Path).ThenBy(x => x.Metric.Metric)
            .ToList();
        if (moves.Count == 0)
        {
            return;
        }

        var points = new Table().Title($"Metric points that move (largest {Math.Min(top, moves.Count)} of {moves.Count})").AddColumns("partner", "path", "metric", "A", "B", "change");
        foreach (var (partner, path, m) in moves.Take(top))
        {
            points.AddRow(Markup.Escape(partner), path.ToString(), m.Metric.ToString(), $"{m.Before.Points:0.00}", $"{m.After.Points:0.00}", SimulationView.Signed(m.PointsChange));
        }

        console.Write(points);
    }

    private static string Verdict(bool qualified, Option<WindowStatus> window) =>
        window.IsNone && !qualified ? "does not" : SimulationView.Designation(qualified, window);

    /// <summary>For one partner, the per-path comparison tables (rules diff --partner).</summary>
    public static void WritePartner(IAnsiConsole console, RuleSetComparison comparison, Comparison partner) =>
        SimulationView.Write(console, partner, $"A, {comparison.Before.Id}", $"B, {comparison.After.Id}");
}
