using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Shell.Report;
using LanguageExt;
using Spectre.Console;

namespace FunctionalScoring.Cli.Views;

/// <summary><c>explain --history</c>: one partner's score month by month on every path, gains and losses of qualification marked (R30).</summary>
public static class TrajectoryView
{
    public static void Write(IAnsiConsole console, RuleSet rules, string name, Seq<PartnerMonth> history, EvaluationMonths shown)
    {
        var months = history.Filter(m => m.AsOf >= shown.First && m.AsOf <= shown.Last);
        var id = months.Head.PartnerId;
        var window = rules.Parameters.QualificationWindowMonths;
        console.MarkupLine($"[bold]{Markup.Escape(id)}[/] {Markup.Escape(name)} — {shown.Count} months as of {shown.First} … {shown.Last}, rule set {Markup.Escape(rules.Id)}; each month is a run as of that month (R30).");
        console.Write(Designation(months));
        console.MarkupLine("Points per metric: " + string.Join(", ", Metrics.All.Map(m => $"{MetricStyle.Short(m)} = {MetricStyle.Name(m)}")) + "; (±x) is the change from the month before.");
        foreach (var path in rules.Paths.Map(p => p.Path))
        {
            console.Write(PathTable(path, months));
        }

        var moves = months.Zip(months.Tail).Filter(p => p.Item1.Qualified != p.Item2.Qualified).Map(p => $"{(p.Item2.Qualified ? "gained" : "lost")} in {p.Item2.AsOf}");
        console.MarkupLine(moves.IsEmpty ? "The designation (R22) did not move in these months." : $"The designation (R22): {string.Join(", ", moves)}.");
        if (window > 1)
        {
            console.MarkupLine(WindowView.Sentence(id, WindowStatus.Of(history, shown.Last, window), shown.Last, window));
        }
    }

    /// <summary>R22 month by month: the reported path, its total, and whether the partner qualifies.</summary>
    private static Table Designation(Seq<PartnerMonth> months)
    {
        var table = new Table().Title("Designation (R22)").AddColumns("as of", "reported path", "total", "qualifies", "move");
        foreach (var (month, before) in months.Zip(Prelude.Seq1(Option<PartnerMonth>.None) + months.Map(Prelude.Some)))
        {
            table.AddRow(month.AsOf.ToString(), month.ReportedPath.ToString(), $"{month.Reported.Total:0.00}", month.Qualified ? "[green]yes[/]" : "no", Move(before.Map(b => b.Qualified), month.Qualified));
        }

        return table;
    }

    /// <summary>One path: total, its change and each metric's points per month; a month where the path gains or loses qualification is marked.</summary>
    private static Table PathTable(PathName path, Seq<PartnerMonth> months)
    {
        var table = new Table().Title($"{path}: points per month").AddColumns("as of", "total", "change", "qualifies", "move");
        foreach (var metric in Metrics.All)
        {
            table.AddColumn(new TableColumn(MetricStyle.Short(metric)).RightAligned());
        }

        foreach (var (month, before) in months.Zip(Prelude.Seq1(Option<PartnerMonth>.None) + months.Map(Prelude.Some)))
        {
            var now = month.Path(path);
            var was = before.Map(b => b.Path(path));
            table.AddRow([
                month.AsOf.ToString(),
                $"{now.Total:0.00}",
                was.Match(w => now.Total == w.Total ? "" : SimulationView.Signed(now.Total - w.Total), () => ""),
                now.Qualified ? "[green]yes[/]" : "no",
                Move(was.Map(w => w.Qualified), now.Qualified),
                .. Metrics.All.Map(m => Points(now.PointsOf(m), was.Map(w => w.PointsOf(m)))),
            ]);
        }

        return table;
    }

    private static string Move(Option<bool> before, bool now) => before.Case switch
    {
        false when now => "[green]▲ gained[/]",
        true when !now => "[red]▼ lost[/]",
        _ => "",
    };

    /// <summary>A metric's points, with the change from the month before when it moved.</summary>
    private static string Points(decimal now, Option<decimal> before) =>
        before.Case is decimal was && was != now ? $"{now:0.00} ({SimulationView.Signed(now - was)})" : $"{now:0.00}";
}
