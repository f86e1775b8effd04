namespace FunctionalScoring.Shell.Tests.CommandLine;

/// <summary>What one command line did: its exit code, what it wrote on standard output and on standard error.</summary>
public sealed record CliRun(int ExitCode, string Output, string Errors);

/// <summary>
/// Runs the real command line in-process with both channels captured, as a script that redirects them sees
/// them: not a terminal, so nothing is coloured, animated or wrapped.
/// </summary>
public static class CliRunner
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await FunctionalScoring.Cli.Cli.RunAsync(args, output, errors);
        return new CliRun(exit, output.ToString(), errors.ToString());
    }
}
