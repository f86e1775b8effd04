namespace FunctionalScoring.Shell.Tests.Conformance;

/// <summary>Locates <c>../shared/conformance</c> beside the repository, as CI lays it out.</summary>
public static class ConformanceCases
{
    public static readonly string[] Cases = ["clean", "bad", "plain", "dense"];

    public static readonly string[] RuleSets = ["modern-work-2022", "modern-work-2023"];

    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FunctionalScoring.sln")))
            {
                dir = dir.Parent;
            }

            return Path.GetFullPath(Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("repository root not found"), "..", "shared", "conformance"));
        }
    }

    public static string Data(string name) => Path.Combine(Root, name, "data");

    public static string Expected(string name, string ruleSet, string file) => Path.Combine(Root, name, "expected", ruleSet, file);

    public static IEnumerable<object[]> All() =>
        from c in Cases from r in RuleSets select new object[] { c, r };
}
