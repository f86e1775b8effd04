using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Planning;
using FunctionalScoring.Core.Time;
using LanguageExt;
using Spectre.Console;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Cli.Views;

/// <summary>Paths to qualify: one partner's plans in detail, or the cheapest plans of many partners.</summary>
public static class PlanView
{
    public static void WritePartner(IAnsiConsole console, PartnerPlan plan)
    {
        console.MarkupLine($"[bold]{Markup.Escape(plan.PartnerId)}[/] {Markup.Escape(plan.PartnerName)} does not qualify. Cheapest additions per path:");
        foreach (var path in plan.Paths)
        {
            var table = new Table()
                .Title(Markup.Escape($"{path.Path}: {path.TotalBefore:0.00} → {path.TotalAfter:0.00}, cost {path.Cost:0.##}{(path == plan.Cheapest.IfNoneUnsafe(() => null) ? " (cheapest)" : "")}"))
                .AddColumns("metric", "add", "via", "cost", "points before", "points after");
            foreach (var step in path.Steps)
            {
                table.AddRow(
                    step.Metric.ToString(),
                    step.Units == 0 ? "" : $"{step.Units:N0} {Costs.UnitName(step.Metric, step.Units)}",
                    step.Via.Match(t => t.ToString(), () => ""),
                    step.Units == 0 ? "" : $"{step.Cost:0.##}",
                    $"{step.PointsBefore:0.00}",
                    $"{step.PointsAfter:0.00}");
            }

            console.Write(table);
        }

        foreach (var path in plan.Infeasible)
        {
            console.MarkupLine($"{path}: no additions can qualify this path (a metric's maximum is below the minimum, or the maxima sum below the total).");
        }
    }

    /// <summary>
    /// The cheapest plans of many partners; under a qualification window longer than one month (R32),
    /// which of them already hold the designation through it, and until when.
    /// </summary>
    public static void WriteAll(IAnsiConsole console, int partners, Seq<PartnerPlan> plans, int top, Option<QualificationWindows> windows = default, Month asOf = default)
    {
        var feasible = plans.Filter(p => p.Cheapest.IsSome);
        console.MarkupLine($"{partners:N0} partners, {partners - plans.Count:N0} qualify; {plans.Count:N0} do not: {feasible.Count:N0} with a plan, {plans.Count - feasible.Count:N0} with none.");
        foreach (var window in windows)
        {
            var held = plans.Count(p => window.Of(p.PartnerId).QualifiedInWindow);
            var atRisk = plans.Count(p => window.Of(p.PartnerId).AtRisk(asOf, window.Months));
            console.MarkupLine($"Of those that do not qualify in {asOf}, {held:N0} already hold the designation through the {window.Months}-month window (R32); {atRisk:N0} of them lose it next month unless they qualify again.");
        }

        var cheapest = feasible
            .Map(p => (Partner: p, Plan: p.Cheapest.IfNoneUnsafe(() => null)!))
            .OrderBy(p => p.Plan.Cost).ThenBy(p => p.Partner.PartnerId, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        if (cheapest.Count == 0)
        {
            return;
        }

        var table = new Table().Title($"Cheapest paths to qualify (top {cheapest.Count})").AddColumns("partner", "name", "path", "cost", "additions", "total after");
        foreach (var window in windows)
        {
            table.AddColumn($"holds it through the window (R32)");
        }

        foreach (var (partner, plan) in cheapest)
        {
            var cells = Seq(
                Markup.Escape(partner.PartnerId),
                Markup.Escape(partner.PartnerName),
                plan.Path.ToString(),
                $"{plan.Cost:0.##}",
                Markup.Escape(Describe(plan)),
                $"{plan.TotalBefore:0.00} → {plan.TotalAfter:0.00}")
                + windows.Map(w => Held(w, partner.PartnerId, asOf)).ToSeq();
            table.AddRow([.. cells]);
        }

        console.Write(table);
    }

    private static string Held(QualificationWindows windows, string partner, Month asOf) =>
        windows.Of(partner) is var status && status.HeldThrough(windows.Months).Case is Month through
            ? through == asOf ? $"[yellow]until {through} (at risk)[/]" : $"until {through}"
            : "no";

    /// <summary>"+2 new tenants; +150 active users of growth via CPOR".</summary>
    public static string Describe(PathPlan plan) =>
        string.Join("; ", plan.Additions.Map(s => $"+{s.Units:N0} {Costs.UnitName(s.Metric, s.Units)}{s.Via.Match(t => $" via {t}", () => "")}"));
}
