using FunctionalScoring.Core;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Validation;
using Spectre.Console;

namespace FunctionalScoring.Cli.Views;

/// <summary>The readable summary <c>score</c> prints: counts, qualification per path, the closest gaps and the row accounting.</summary>
public static class SummaryView
{
    public static void Write(IAnsiConsole console, RunResult run, int topGaps = 10)
    {
        var partners = run.Partners;
        console.MarkupLine($"Rule set [bold]{Markup.Escape(run.Rules.Id)}[/] ({run.Rules.ContentHash[..12]}), as of [bold]{run.Window.AsOf}[/], baseline {run.Window.Baseline}");
        var overview = new Table().Title("Qualification").AddColumns("", "partners", "qualified", "share");
        overview.AddRow("Any path", partners.Count.ToString(), partners.Count(p => p.Qualified).ToString(), Share(partners.Count(p => p.Qualified), partners.Count));
        foreach (var path in Enum.GetValues<PathName>())
        {
            var qualified = partners.Count(p => p.Path(path).Qualified);
            overview.AddRow(path.ToString(), partners.Count.ToString(), qualified.ToString(), Share(qualified, partners.Count));
        }

        if (run.Windows.Case is QualificationWindows windows)
        {
            var held = partners.Count(p => windows.Of(p.PartnerId).QualifiedInWindow);
            overview.AddRow($"In the {windows.Months}-month window (R32)", partners.Count.ToString(), held.ToString(), Share(held, partners.Count));
        }

        console.Write(overview);
        foreach (var window in run.Windows)
        {
            var held = partners.Count(p => window.Of(p.PartnerId).QualifiedInWindow);
            var atRisk = partners.Count(p => window.Of(p.PartnerId).AtRisk(run.Window.AsOf, window.Months));
            console.MarkupLine($"At risk: {atRisk:N0} of the {held:N0} in the window last qualified in {run.Window.AsOf.AddMonths(1 - window.Months)}, and lose the designation in {run.Window.AsOf.AddMonths(1)} unless they qualify again (history lists them, with plans).");
        }

        var closest = partners.Filter(p => !p.Qualified).OrderBy(p => p.Reported.PointsToQualify).ThenBy(p => p.PartnerId, StringComparer.Ordinal).Take(topGaps).ToList();
        if (closest.Count > 0)
        {
            var gaps = new Table().Title($"Closest to qualifying (top {closest.Count})").AddColumns("partner", "name", "path", "total", "to qualify", "metrics below minimum");
            foreach (var p in closest)
            {
                gaps.AddRow(Markup.Escape(p.PartnerId), Markup.Escape(p.PartnerName), p.ReportedPath.ToString(), p.Reported.Total.ToString("0.00"), p.Reported.PointsToQualify.ToString("0.00"), string.Join(", ", p.Reported.BelowMinimum));
            }

            console.Write(gaps);
        }

        AccountingView.Write(console, run.Accounting);
    }

    private static string Share(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:0.0}%";
}

/// <summary>R28: per table, read = used + ignored + rejected, with the reasons.</summary>
public static class AccountingView
{
    public static void Write(IAnsiConsole console, Accounting accounting)
    {
        var table = new Table().Title("Rows").AddColumns("table", "read", "used", "ignored", "rejected", "reasons");
        foreach (var name in Enum.GetValues<TableName>())
        {
            var reasons = accounting.Lines.Filter(l => l.Table == name && l.Outcome != Outcome.Used).Map(l => $"{l.Rows:N0} {l.ReasonText}");
            table.AddRow(
                name.FileName(),
                accounting.Read(name).ToString("N0"),
                accounting.Rows(name, Outcome.Used).ToString("N0"),
                accounting.Rows(name, Outcome.Ignored).ToString("N0"),
                accounting.Rows(name, Outcome.Rejected) is var r && r > 0 ? $"[red]{r:N0}[/]" : "0",
                Markup.Escape(string.Join("\n", reasons)));
        }

        console.Write(table);
    }
}
