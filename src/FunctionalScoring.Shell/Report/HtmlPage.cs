namespace FunctionalScoring.Shell.Report;

/// <summary>
/// The document around the report: one HTML file with its style and script inline. The content
/// security policy forbids every network fetch, so the page is self-contained by construction, not
/// only by habit.
/// </summary>
public static class HtmlPage
{
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    /// <summary>A complete page: <paramref name="title"/> is encoded here; header and main are markup already built from encoded parts.</summary>
    public static string Render(string title, string header, string navigation, string main, string footer) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + $"<meta http-equiv=\"Content-Security-Policy\" content=\"{Policy}\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"color-scheme\" content=\"light\">\n"
        + $"<title>{Html.Text(title)}</title>\n<style>\n{ReportStyle.Css}</style>\n</head>\n"
        + "<body data-rendered=\"false\">\n"
        + $"<header class=\"top\"><div class=\"wrap\">{header}</div></header>\n"
        + $"<nav class=\"sections\" aria-label=\"Sections\"><div class=\"wrap\">{navigation}</div></nav>\n"
        + $"<main><div class=\"wrap\">\n{main}</div></main>\n"
        + $"<footer><div class=\"wrap\">{footer}</div></footer>\n"
        + $"<script>\n{ReportScript.Js}</script>\n</body>\n</html>\n";

    /// <summary>A titled panel of the page, reachable as <c>#id</c> from the navigation.</summary>
    public static string Section(string id, string heading, string lead, string content) =>
        $"<section class=\"panel\" id=\"{Html.Text(id)}\" aria-labelledby=\"{Html.Text(id)}-heading\">"
        + $"<h2 id=\"{Html.Text(id)}-heading\">{Html.Text(heading)}</h2>"
        + (lead.Length == 0 ? "" : $"<p class=\"lead\">{lead}</p>")
        + $"\n{content}</section>\n";

    /// <summary>A chart with its caption.</summary>
    public static string Figure(string caption, string svg, string after = "") =>
        $"<figure><figcaption>{Html.Text(caption)}</figcaption>{svg}{after}</figure>\n";
}
