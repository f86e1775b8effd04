using System.CommandLine;
using FunctionalScoring.Cli.Commands;
using Spectre.Console;

namespace FunctionalScoring.Cli;

/// <summary>The <c>functional-scoring</c> command line: parse, dispatch, and turn every expected failure into a message and an exit code.</summary>
public static class Cli
{
    /// <summary>Runs one command line; results go to <paramref name="output"/>, every error and warning to <paramref name="errors"/> (default: the process's standard output and error).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? errors = null)
    {
        var (stdout, stderr) = (output ?? Console.Out, errors ?? Console.Error);
        var terminal = Terminal.Over(stdout, stderr);
        var root = new RootCommand("Recomputes Solutions Partner for Modern Work scores from Parquet exports, explains every point and answers what-if.")
        {
            ScoreCommand.Create(terminal),
            HistoryCommand.Create(terminal),
            ValidateCommand.Create(terminal.Out),
            ExplainCommand.Create(terminal.Out),
            RulesCommand.Create(terminal.Out),
            SimulateCommand.Create(terminal),
            PlanCommand.Create(terminal),
            ReportCommand.Create(terminal.Out),
            MergeCommand.Create(terminal.Out),
            GenerateCommand.Create(terminal.Out),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                terminal.Error(error.Message);
            }

            terminal.Errors.MarkupLine("Run [bold]functional-scoring --help[/] (or COMMAND --help) for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            // Exceptions come to us, not to the parser's default handler, so none reaches a user as a stack trace.
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = stdout, Error = stderr });
        }
        catch (UserFacingException e)
        {
            terminal.Error(e.Message);
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            terminal.Error(e.Message);
            return ExitCodes.InputError;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("FUNCTIONAL_SCORING_DEBUG") is null)
        {
            terminal.Errors.MarkupLine($"[red]internal error:[/] {Markup.Escape(e.GetType().Name)}: {Markup.Escape(e.Message)}");
            terminal.Errors.MarkupLine("This is a bug in functional-scoring; set FUNCTIONAL_SCORING_DEBUG=1 for the stack trace and report it.");
            return ExitCodes.InputError;
        }
    }
}

/// <summary>An expected failure on its way to the edge: printed as a message, never as a stack trace.</summary>
public sealed class UserFacingException(string message, int exitCode = ExitCodes.InputError) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
