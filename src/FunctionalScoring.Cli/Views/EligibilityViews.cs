using FunctionalScoring.Core.Explanation;
using Spectre.Console;

namespace FunctionalScoring.Cli.Views;

/// <summary>Why a tenant counts or not, per path: the eligibility sentences, then what it contributed.</summary>
public static class TenantView
{
    public static void Write(IAnsiConsole console, TenantExplanation explanation)
    {
        if (!explanation.Known)
        {
            console.MarkupLine($"Tenant [bold]{Markup.Escape(explanation.TenantId)}[/] appears in no used association or usage row: it cannot count for anyone.");
            return;
        }

        console.MarkupLine($"Tenant [bold]{Markup.Escape(explanation.TenantId)}[/] for partner [bold]{Markup.Escape(explanation.PartnerId)}[/]:");
        foreach (var path in explanation.Paths)
        {
            console.MarkupLine($"[bold underline]{path.Path}[/]");
            foreach (var sentence in path.Eligibility)
            {
                console.MarkupLine($"  • {Markup.Escape(sentence)}");
            }

            console.MarkupLine(path.Evidence.IsEmpty ? "  Contributes nothing on this path." : "  Contributions:");
            foreach (var e in path.Evidence)
            {
                console.MarkupLine($"    {e.Contribution,6:+0;-0;0}  {e.Metric}: {Markup.Escape(EvidenceSentences.Subject(e))} — {Markup.Escape(EvidenceSentences.Detail(e))}");
            }
        }
    }
}

/// <summary>Why a person's certifications count or not.</summary>
public static class PersonView
{
    public static void Write(IAnsiConsole console, PersonExplanation explanation)
    {
        console.MarkupLine($"Person [bold]{Markup.Escape(explanation.PersonId)}[/] of partner [bold]{Markup.Escape(explanation.PartnerId)}[/]:");
        if (explanation.Rows.IsEmpty)
        {
            console.MarkupLine("  No certification row names this person.");
        }

        foreach (var row in explanation.Rows)
        {
            console.MarkupLine($"  • {Markup.Escape(row)}");
        }

        console.MarkupLine($"Counts for intermediate certifications: [bold]{(explanation.CountsIntermediate ? "yes" : "no")}[/]; for advanced: [bold]{(explanation.CountsAdvanced ? "yes" : "no")}[/].");
    }
}
