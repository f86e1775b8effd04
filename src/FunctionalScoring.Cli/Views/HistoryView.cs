using FunctionalScoring.Core.History;
using FunctionalScoring.Shell.Jobs;
using LanguageExt;
using Spectre.Console;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Cli.Views;

/// <summary><c>history</c>'s console view: qualified partners per month, the designation's moves into the last month, and who is at risk.</summary>
public static class HistoryView
{
    public static void Write(IAnsiConsole console, HistoryOutcome history, Seq<AtRiskPartner> atRisk, int top)
    {
        var window = history.WindowMonths;
        console.MarkupLine($"Rule set [bold]{Markup.Escape(history.Rules.Id)}[/] ({history.Rules.ContentHash[..12]}), {history.Months.Count} months as of [bold]{history.Months.First}[/] … [bold]{history.Months.Last}[/]"
            + (window > 1 ? $"; qualification window {window} months (R32)" : ""));
        console.Write(PerMonth(history));
        Moves(console, history, top);
        if (window > 1)
        {
            AtRiskView.Write(console, history.Months.Last, window, atRisk, top, history.NameOf);
        }

        AccountingView.Write(console, history.Accounting);
    }

    /// <summary>R30: per as-of month, how many partners qualify (R22) and on each path (R21); under a window, how many hold the designation through it (R32).</summary>
    private static Table PerMonth(HistoryOutcome history)
    {
        var window = history.WindowMonths;
        var table = new Table().Title($"Qualified partners per month ({history.Partners.Count:N0} partners)").AddColumn("as of").AddColumn(new TableColumn("any path").RightAligned());
        foreach (var path in history.Rules.Paths)
        {
            table.AddColumn(new TableColumn(path.Path.ToString()).RightAligned());
        }

        if (window > 1)
        {
            table.AddColumn(new TableColumn($"in the {window}-month window").RightAligned());
        }

        foreach (var month in MonthCounts.Of(history))
        {
            var cells = Seq(month.AsOf.ToString(), month.Qualified.ToString("N0"))
                + month.Paths.Map(p => p.Qualified.ToString("N0"))
                + (window > 1 ? Seq1(month.InWindow.Match(n => n.ToString("N0"), () => "—")) : Empty);
            table.AddRow([.. cells]);
        }

        return table;
    }

    private static void Moves(IAnsiConsole console, HistoryOutcome history, int top)
    {
        var moves = history.Moves;
        var month = history.Months.Last;
        if (history.Months.Count < 2)
        {
            console.MarkupLine("One month only: no month before it to compare with (--months 2 or more shows who gained or lost the designation).");
            return;
        }

        var window = history.WindowMonths > 1;
        console.MarkupLine($"Into {month}: {Partners(moves.Count(m => m.Gained))} gained the designation (R22), {moves.Count(m => m.Lost):N0} lost it"
            + (window ? $"; in the window (R32) {moves.Count(m => m.GainedInWindow):N0} gained it, {moves.Count(m => m.LostInWindow):N0} lost it." : "."));
        if (moves.IsEmpty || top == 0)
        {
            return;
        }

        var table = new Table().Title($"Designation moves into {month} ({Math.Min(top, moves.Count)} of {moves.Count})").AddColumns("partner", "name", "qualified (R22)", "reported total");
        if (window)
        {
            table.AddColumn("in the window (R32)");
        }

        foreach (var move in moves.Take(top))
        {
            var cells = Seq(
                Markup.Escape(move.PartnerId),
                Markup.Escape(history.NameOf(move.PartnerId)),
                Move(move.Gained, move.Lost),
                $"{move.Before.Reported.Total:0.00} → {move.After.Reported.Total:0.00} ({move.After.ReportedPath})")
                + (window ? Seq1(Move(move.GainedInWindow, move.LostInWindow)) : Empty);
            table.AddRow([.. cells]);
        }

        console.Write(table);
        if (moves.Count > top)
        {
            console.MarkupLine($"… and {moves.Count - top:N0} more (raise --top; every month's moves per path are in history_changes.parquet with --out).");
        }
    }

    private static string Partners(int count) => count == 1 ? "1 partner" : $"{count:N0} partners";

    private static string Move(bool gained, bool lost) => gained ? "[green]gained[/]" : lost ? "[red]lost[/]" : "";
}
