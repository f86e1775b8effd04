using FunctionalScoring.Core.Results;
using LanguageExt;
using Spectre.Console;

namespace FunctionalScoring.Cli.Views;

/// <summary>One partner's scorecard on both paths, with the evidence behind each metric in plain words rendered from its typed fields.</summary>
public static class ScorecardView
{
    /// <summary>The scorecard, then for each metric the rows of its reported type (<paramref name="evidence"/>: the partner's, in output order).</summary>
    public static void Write(IAnsiConsole console, PartnerScore partner, Seq<Evidence> evidence, int evidencePerMetric)
    {
        var verdict = partner.Qualified ? "[green]qualifies[/]" : "[yellow]does not qualify[/]";
        console.MarkupLine($"[bold]{Markup.Escape(partner.PartnerId)}[/] {Markup.Escape(partner.PartnerName)} — {verdict}; reported path {partner.ReportedPath}");
        foreach (var path in partner.Paths)
        {
            var table = new Table()
                .Title($"{path.Path}: {path.Total:0.00} points{(path.Qualified ? " — qualifies" : $" — {path.PointsToQualify:0.00} to qualify")}")
                .AddColumns("metric", "value", "threshold", "points", "via", "by type", "extra to close");
            foreach (var m in path.Metrics)
            {
                table.AddRow(
                    m.Metric.ToString(),
                    m.Value.ToString(),
                    m.Threshold.ToString("0.##"),
                    $"{m.Points:0.00} / {m.MaxPoints:0.##}",
                    m.Via.Match(t => t.ToString(), () => ""),
                    string.Join("\n", m.ByType.Map(t => $"{t.Type}: {t.Value} → {t.Points:0.00}")),
                    m.ExtraToClose.Match(d => d.ToString(), () => "—"));
            }

            console.Write(table);
            if (!path.BelowMinimum.IsEmpty)
            {
                console.MarkupLine($"  Below the per-metric minimum: {string.Join(", ", path.BelowMinimum)} (R21).");
            }

            foreach (var m in path.Metrics)
            {
                var rows = evidence.Filter(e => e.Path == path.Path && e.Metric == m.Metric && e.Reported);
                if (rows.IsEmpty)
                {
                    continue;
                }

                console.MarkupLine($"  [bold]{m.Metric}[/]{m.Via.Match(t => $" via {t}", () => "")}: value {m.Value} =");
                foreach (var e in rows.Take(evidencePerMetric))
                {
                    console.MarkupLine($"    {e.Contribution,6:+0;-0;0}  {Markup.Escape(EvidenceSentences.Subject(e))} — {Markup.Escape(EvidenceSentences.Detail(e))}");
                }

                if (rows.Count > evidencePerMetric)
                {
                    console.MarkupLine($"    … and {rows.Count - evidencePerMetric} more rows (all in evidence.parquet, or raise --evidence)");
                }
            }
        }
    }
}
