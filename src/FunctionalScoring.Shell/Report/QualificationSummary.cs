using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Results;
using LanguageExt;

namespace FunctionalScoring.Shell.Report;

/// <summary>R21, R22: headline figures and the per-path qualification table.</summary>
public static class QualificationSummary
{
    public static string Render(Seq<PartnerScore> partners, Seq<PathName> paths) => Render(partners, paths, Prelude.None);

    /// <summary>The figures; under a window longer than one month, a card of the partners that hold the designation through it (R32).</summary>
    public static string Render(Seq<PartnerScore> partners, Seq<PathName> paths, Option<QualificationWindows> windows)
    {
        var lines = ReportFigures.Summary(partners, paths);
        var cards = string.Concat(lines.Map(l => Card(l.Label, l.Qualified, $"qualified · {Html.Share(l.Qualified, l.Partners)}")))
            + string.Concat(windows.Map(w => partners.Count(p => w.Of(p.PartnerId).QualifiedInWindow) is var held
                ? Card($"In the {w.Months}-month window", held, $"hold the designation (R32) · {Html.Share(held, partners.Count)}")
                : ""));
        var rows = string.Concat(lines.Map(l =>
            $"<tr><th scope=\"row\">{Html.Text(l.Label)}</th>"
            + $"<td class=\"num\">{Html.Count(l.Partners)}</td>"
            + $"<td class=\"num\">{Html.Count(l.Qualified)}</td>"
            + $"<td class=\"num share\">{ShareBar(l.Qualified, l.Partners)}</td>"
            + $"<td class=\"num\">{Html.Count(l.ReportedOn)}</td>"
            + $"<td class=\"num\">{Html.Points(l.AverageTotal)}</td></tr>\n"));
        return $"<div class=\"cards\">{Card("Partners", partners.Count, "scored on both paths")}{cards}</div>\n"
            + "<table class=\"data summary\" id=\"qualification-summary\"><caption>Qualification per path</caption>"
            + "<thead><tr><th scope=\"col\">Path</th><th scope=\"col\" class=\"num\">Partners</th><th scope=\"col\" class=\"num\">Qualified</th>"
            + "<th scope=\"col\" class=\"num\">Share</th><th scope=\"col\" class=\"num\">Reported on</th><th scope=\"col\" class=\"num\">Average total</th></tr></thead>"
            + $"<tbody>\n{rows}</tbody></table>\n";
    }

    /// <summary>A headline figure with a note beneath it.</summary>
    private static string Card(string label, int value, string note) =>
        $"<div class=\"card\"><div class=\"card-label\">{Html.Text(label)}</div><div class=\"card-value\">{Html.Count(value)}</div>"
        + $"<div class=\"card-note\">{Html.Text(note)}</div></div>";

    private static string ShareBar(int part, int whole)
    {
        var percent = whole == 0 ? 0 : 100m * part / whole;
        return $"<span class=\"meter\" aria-hidden=\"true\"><span style=\"width:{Html.Number(Math.Round(percent, 1))}%\"></span></span>{Html.Share(part, whole)}";
    }
}
