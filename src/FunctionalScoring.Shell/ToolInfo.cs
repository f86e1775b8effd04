using System.Reflection;

namespace FunctionalScoring.Shell;

/// <summary>The tool's identity, as recorded in every run record.</summary>
public static class ToolInfo
{
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
