using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.WhatIf;
using Spectre.Console;

namespace FunctionalScoring.Cli.Views;

/// <summary>A what-if: the scorecard before and after, per path, with the change of every metric and whether qualification flips.</summary>
public static class SimulationView
{
    public static void Write(IAnsiConsole console, Comparison comparison, string before, string after)
    {
        console.MarkupLine($"[bold]{Markup.Escape(comparison.PartnerId)}[/] {Markup.Escape(comparison.After.PartnerName)}");
        console.MarkupLine($"Before: {Markup.Escape(before)}");
        console.MarkupLine($"After:  {Markup.Escape(after)}");
        foreach (var path in comparison.Paths)
        {
            console.Write(PathTable(path));
        }

        console.MarkupLine($"Reported path: {comparison.Before.ReportedPath} → {comparison.After.ReportedPath} (R22).");
        console.MarkupLine(comparison.Flips
            ? $"Qualification [bold]flips[/]: {Verdict(comparison.Before.Qualified)} → {Verdict(comparison.After.Qualified)}."
            : $"Qualification does not flip: {Verdict(comparison.After.Qualified)} before and after.");
    }

    /// <summary>One path's metrics side by side; the title carries the totals and the path's own flip.</summary>
    public static Table PathTable(PathComparison path)
    {
        var title = $"{path.Path}: {path.Before.Total:0.00} → {path.After.Total:0.00} ({Signed(path.TotalChange)})"
            + (path.Flips ? $" — {Verdict(path.Before.Qualified)} → {Verdict(path.After.Qualified)}" : $" — {Verdict(path.After.Qualified)}");
        var table = new Table().Title(Markup.Escape(title)).AddColumns("metric", "value before", "value after", "points before", "points after", "change", "via");
        foreach (var m in path.Metrics)
        {
            table.AddRow(
                m.Metric.ToString(),
                m.Before.Value.ToString(),
                m.After.Value.ToString(),
                $"{m.Before.Points:0.00}",
                $"{m.After.Points:0.00}",
                m.PointsChange == 0 ? "" : Signed(m.PointsChange),
                Via(m.Before) == Via(m.After) ? Via(m.After) : $"{Via(m.Before)} → {Via(m.After)}");
        }

        table.AddRow("[bold]total[/]", "", "", $"{path.Before.Total:0.00}", $"{path.After.Total:0.00}", path.TotalChange == 0 ? "" : Signed(path.TotalChange), "");
        return table;
    }

    public static string Signed(decimal change) => change.ToString("+0.00;-0.00;0.00");

    public static string Verdict(bool qualified) => qualified ? "qualifies" : "does not qualify";

    private static string Via(MetricScore metric) => metric.Via.Match(t => t.ToString(), () => "");
}
