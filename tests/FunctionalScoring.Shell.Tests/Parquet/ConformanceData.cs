using FunctionalScoring.Shell.Tests.Conformance;

namespace FunctionalScoring.Shell.Tests.Parquet;

/// <summary>The conformance datasets, from the repository's copy (<see cref="ConformanceCases"/>).</summary>
internal static class ConformanceData
{
    public static string Folder(string caseName) => ConformanceCases.Data(caseName);
}
