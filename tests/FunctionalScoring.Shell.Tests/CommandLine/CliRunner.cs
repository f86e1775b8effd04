using Spectre.Console;

namespace FunctionalScoring.Shell.Tests.CommandLine;

/// <summary>Runs the real command line in-process against a recording console: exit code and plain text out.</summary>
public static class CliRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        var exit = await FunctionalScoring.Cli.Cli.RunAsync(args, console);
        return (exit, writer.ToString());
    }
}
