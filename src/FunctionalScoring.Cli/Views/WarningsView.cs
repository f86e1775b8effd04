using LanguageExt;

namespace FunctionalScoring.Cli.Views;

/// <summary>A run's warnings (R2's missing baseline, …), on the error channel: they are not results.</summary>
public static class WarningsView
{
    public static void Write(Terminal terminal, Seq<string> warnings)
    {
        foreach (var warning in warnings)
        {
            terminal.Warning(warning);
        }
    }
}
