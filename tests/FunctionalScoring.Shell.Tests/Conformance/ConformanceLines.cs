namespace FunctionalScoring.Shell.Tests.Conformance;

/// <summary>Compares expected and produced lines as sorted sets and shows the first differences, not a 5,000-line dump.</summary>
public static class ConformanceLines
{
    public static void AssertSame(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var e = expected.Order(StringComparer.Ordinal).ToList();
        var a = actual.Order(StringComparer.Ordinal).ToList();
        var missing = e.Except(a).Take(15).ToList();
        var unexpected = a.Except(e).Take(15).ToList();
        Assert.True(missing.Count == 0 && unexpected.Count == 0 && e.Count == a.Count,
            $"expected {e.Count} lines, got {a.Count}\nexpected but missing:\n  {string.Join("\n  ", missing)}\nproduced but not expected:\n  {string.Join("\n  ", unexpected)}");
    }
}
