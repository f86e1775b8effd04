using System.Reflection;

namespace FunctionalScoring.Shell;

/// <summary>The tool's identity, as recorded in every run record and every generated dataset.</summary>
public static class ToolInfo
{
    /// <summary>The name a folder written by this tool is recognised by (<see cref="Outputs.ToolMarker"/>).</summary>
    public const string Name = "functional-scoring";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
