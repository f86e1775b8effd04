namespace FunctionalScoring.Shell.Tests.Conformance;

/// <summary>The repository's copy of the suite is whole, and every case in it is run.</summary>
public sealed class ConformanceCopyTests
{
    [Fact]
    public void Every_case_folder_of_the_copy_is_a_case_the_tests_run()
    {
        var folders = Directory.GetDirectories(ConformanceCases.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(ConformanceCases.Cases.Order(StringComparer.Ordinal), folders);
    }

    [Theory]
    [MemberData(nameof(ConformanceCases.All), MemberType = typeof(ConformanceCases))]
    public void Every_case_has_its_four_tables_and_expected_files(string name, string ruleSet)
    {
        string[] tables = ["associations", "certifications", "partners", "usage"];
        string[] expected = ["expected_accounting.csv", "expected_history.csv", "expected_scorecard.csv", "expected_summary.csv"];

        Assert.Equal(tables, tables.Where(t => File.Exists(Path.Combine(ConformanceCases.Data(name), t + ".parquet"))));
        Assert.Equal(expected, expected.Where(f => File.Exists(ConformanceCases.Expected(name, ruleSet, f))));
    }
}
