namespace FunctionalScoring.Cli;

/// <summary>What the process tells its caller.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input (dataset, rule set, scenario) is wrong: the message says how.</summary>
    public const int InputError = 1;

    /// <summary>The command line is wrong: unknown command, missing or malformed option.</summary>
    public const int UsageError = 2;
}
