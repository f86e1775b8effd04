namespace FunctionalScoring.Shell.Tests.Parquet;

/// <summary>The shared conformance datasets: <c>../shared/conformance</c> beside the repository root.</summary>
internal static class ConformanceData
{
    public static string Folder(string caseName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FunctionalScoring.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? throw new InvalidOperationException($"no FunctionalScoring.sln above {AppContext.BaseDirectory}");
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "conformance", caseName, "data"));
    }
}
