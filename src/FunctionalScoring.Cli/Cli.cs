using System.CommandLine;
using FunctionalScoring.Cli.Commands;
using Spectre.Console;

namespace FunctionalScoring.Cli;

/// <summary>The <c>functional-scoring</c> command line: parse, dispatch, and turn every expected failure into a message and an exit code.</summary>
public static class Cli
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole? console = null)
    {
        var terminal = console ?? AnsiConsole.Console;
        var root = new RootCommand("Recomputes Solutions Partner for Modern Work scores from Parquet exports, explains every point and answers what-if.")
        {
            ScoreCommand.Create(terminal),
            ValidateCommand.Create(terminal),
            ExplainCommand.Create(terminal),
            RulesCommand.Create(terminal),
            SimulateCommand.Create(terminal),
            PlanCommand.Create(terminal),
            ReportCommand.Create(terminal),
            MergeCommand.Create(terminal),
            GenerateCommand.Create(terminal),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                terminal.MarkupLine($"[red]error:[/] {Markup.Escape(error.Message)}");
            }

            terminal.MarkupLine("Run [bold]functional-scoring --help[/] (or COMMAND --help) for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            // Exceptions come to us, not to the parser's default handler, so none reaches a user as a stack trace.
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UserFacingException e)
        {
            terminal.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            terminal.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return ExitCodes.InputError;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("FUNCTIONAL_SCORING_DEBUG") is null)
        {
            terminal.MarkupLine($"[red]internal error:[/] {Markup.Escape(e.GetType().Name)}: {Markup.Escape(e.Message)}");
            terminal.MarkupLine("This is a bug in functional-scoring; set FUNCTIONAL_SCORING_DEBUG=1 for the stack trace and report it.");
            return ExitCodes.InputError;
        }
    }
}

/// <summary>An expected failure on its way to the edge: printed as a message, never as a stack trace.</summary>
public sealed class UserFacingException(string message, int exitCode = ExitCodes.InputError) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
