namespace FunctionalScoring.Shell.Tests.Conformance;

/// <summary>
/// The acceptance suite, from the repository's own copy in <c>tests/conformance</c> (refreshed by
/// <c>tests/conformance/refresh</c>): nothing outside the clone is read.
/// </summary>
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

            var repository = dir?.FullName ?? throw new DirectoryNotFoundException($"no FunctionalScoring.sln above {AppContext.BaseDirectory}");
            return Path.Combine(repository, "tests", "conformance");
        }
    }

    public static string Data(string name) => Path.Combine(Root, name, "data");

    public static string Expected(string name, string ruleSet, string file) => Path.Combine(Root, name, "expected", ruleSet, file);

    public static IEnumerable<object[]> All() =>
        from c in Cases from r in RuleSets select new object[] { c, r };
}
