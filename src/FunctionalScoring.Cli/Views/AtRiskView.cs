using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Time;
using LanguageExt;
using Spectre.Console;

namespace FunctionalScoring.Cli.Views;

/// <summary>R32: the partners that hold the designation only through the window, with the cheapest additions that would make them qualify now.</summary>
public static class AtRiskView
{
    public static void Write(IAnsiConsole console, Month asOf, int window, Seq<AtRiskPartner> atRisk, int top, Func<string, string> nameOf)
    {
        console.MarkupLine($"At risk: {(atRisk.Count == 1 ? "1 partner holds" : $"{atRisk.Count:N0} partners hold")} the designation only through the {window}-month window (last qualified {asOf.AddMonths(1 - window)}): they lose it in {asOf.AddMonths(1)} unless they qualify again.");
        if (atRisk.IsEmpty || top == 0)
        {
            return;
        }

        var table = new Table().Title($"At risk, with the cheapest additions to qualify in {asOf} ({Math.Min(top, atRisk.Count)} of {atRisk.Count})")
            .AddColumns("partner", "name", "reported total", "cheapest path", "cost", "additions");
        foreach (var partner in atRisk.Take(top))
        {
            var plan = partner.Plan.Cheapest;
            table.AddRow(
                Markup.Escape(partner.PartnerId),
                Markup.Escape(nameOf(partner.PartnerId)),
                $"{partner.Score.Reported.Total:0.00} ({partner.Score.ReportedPath})",
                plan.Match(p => $"{p.Path}: {p.TotalBefore:0.00} → {p.TotalAfter:0.00}", () => "none can qualify"),
                plan.Match(p => $"{p.Cost:0.##}", () => ""),
                Markup.Escape(plan.Match(PlanView.Describe, () => "")));
        }

        console.Write(table);
        if (atRisk.Count > top)
        {
            console.MarkupLine($"… and {atRisk.Count - top:N0} more (raise --top; all in at_risk.parquet with --out).");
        }
    }
}
