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
        var what = comparison.WindowBefore.IsSome || comparison.WindowAfter.IsSome ? "The designation (R32: qualified in the window)" : "Qualification";
        var (was, now) = (Designation(comparison.Before.Qualified, comparison.WindowBefore), Designation(comparison.After.Qualified, comparison.WindowAfter));
        console.MarkupLine(comparison.Flips
            ? $"{what} [bold]flips[/]: {Markup.Escape(was)} → {Markup.Escape(now)}."
            : was == now ? $"{what} does not flip: {Markup.Escape(now)} before and after." : $"{what} does not flip: {Markup.Escape(was)}, then {Markup.Escape(now)}.");
    }

    /// <summary>R22's verdict; under a window longer than one month, whether the partner holds the designation through it (R32).</summary>
    public static string Designation(bool qualified, LanguageExt.Option<Core.History.WindowStatus> window) => window.Case switch
    {
        Core.History.WindowStatus { QualifiedInWindow: true } w when !qualified => $"holds it through the window (last qualified {w.LastQualified.Map(m => m.ToString()).IfNone("")})",
        Core.History.WindowStatus { QualifiedInWindow: false } => "not in the window",
        _ => Verdict(qualified),
    };

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
