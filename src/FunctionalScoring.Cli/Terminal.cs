using Spectre.Console;

namespace FunctionalScoring.Cli;

/// <summary>
/// The command line's two channels: results (tables, summaries) on standard output, every error, warning
/// and note on standard error, so a script can capture either one. On a terminal each is formatted for its
/// width; redirected or captured, a line is never broken (a grep must find a message whole).
/// </summary>
public sealed record Terminal(IAnsiConsole Out, IAnsiConsole Errors)
{
    /// <summary>A width no message reaches: lines are written as they are, not wrapped.</summary>
    public const int Unwrapped = 1 << 16;

    public static Terminal Over(TextWriter output, TextWriter errors) => new(ConsoleOver(output), ConsoleOver(errors));

    private static IAnsiConsole ConsoleOver(TextWriter writer)
    {
        var standard = writer == Console.Out || writer == Console.Error;
        var console = AnsiConsole.Create(standard
            ? new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) }
            : new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
        if (!console.Profile.Out.IsTerminal)
        {
            console.Profile.Width = Unwrapped;
        }

        return console;
    }

    public void Error(string message) => Errors.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");

    public void Warning(string message) => Errors.MarkupLine($"[yellow]warning:[/] {Markup.Escape(message)}");

    public void Note(string message) => Errors.MarkupLine($"[yellow]note:[/] {Markup.Escape(message)}");
}
