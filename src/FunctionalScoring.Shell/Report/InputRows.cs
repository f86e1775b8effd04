using FunctionalScoring.Core.Validation;

namespace FunctionalScoring.Shell.Report;

/// <summary>R28: what became of every input row, per table — read = used + ignored + rejected.</summary>
public static class InputRows
{
    public static string Render(Accounting accounting)
    {
        var rows = string.Concat(Enum.GetValues<TableName>().Select(table =>
        {
            var rejected = accounting.Rows(table, Outcome.Rejected);
            var reasons = accounting.Lines.Filter(l => l.Table == table && l.Outcome != Outcome.Used)
                .Map(l => $"<li>{Html.Count(l.Rows)} {Html.Text(l.Outcome.Text())}: {Html.Text(l.ReasonText)}</li>");
            return $"<tr><th scope=\"row\">{Html.Text(table.FileName())}</th>"
                + $"<td class=\"num\">{Html.Count(accounting.Read(table))}</td>"
                + $"<td class=\"num\">{Html.Count(accounting.Rows(table, Outcome.Used))}</td>"
                + $"<td class=\"num\">{Html.Count(accounting.Rows(table, Outcome.Ignored))}</td>"
                + $"<td class=\"num{(rejected > 0 ? " warn-text" : "")}\">{Html.Count(rejected)}</td>"
                + $"<td>{(reasons.IsEmpty ? "" : $"<ul class=\"reasons\">{string.Concat(reasons)}</ul>")}</td></tr>\n";
        }));
        return "<table class=\"data\" id=\"input-rows\"><caption>Input rows per table (R28): read = used + ignored + rejected</caption>"
            + "<thead><tr><th scope=\"col\">Table</th><th scope=\"col\" class=\"num\">Read</th><th scope=\"col\" class=\"num\">Used</th>"
            + "<th scope=\"col\" class=\"num\">Ignored</th><th scope=\"col\" class=\"num\">Rejected</th><th scope=\"col\">Reasons</th></tr></thead>"
            + $"<tbody>\n{rows}</tbody></table>\n";
    }
}
