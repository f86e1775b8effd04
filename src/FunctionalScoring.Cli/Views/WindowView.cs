using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Time;
using Spectre.Console;

namespace FunctionalScoring.Cli.Views;

/// <summary>R32 in one sentence: whether a partner already holds the designation through the qualification window, and until when.</summary>
public static class WindowView
{
    public static string Sentence(string partner, WindowStatus status, Month asOf, int windowMonths)
    {
        var id = Markup.Escape(partner);
        var window = $"the {windowMonths}-month window {asOf.AddMonths(1 - windowMonths)} … {asOf} (R32)";
        return status.HeldThrough(windowMonths).Case is Month through && status.LastQualified.Case is Month last
            ? last == asOf
                ? $"{id} [green]holds the designation[/] in {window}: it qualifies in {asOf}, which keeps it through {through}."
                : $"{id} [green]already holds the designation[/] through {window}: it last qualified in {last}, which keeps it through {through}"
                    + (through == asOf ? " — [yellow]at risk[/]: it loses it next month unless it qualifies again." : ".")
            : $"{id} does not hold the designation in {window}: no month of it qualified; it must qualify to hold it.";
    }
}
