namespace FunctionalScoring.Shell.Tests.CommandLine;

/// <summary>
/// A usage month of 9999-12-01 is valid Parquet and a valid month (issue 10: it was called corrupt, then crashed
/// on the month after it): R2 makes it the as-of month, and every command evaluates it like any other.
/// </summary>
public sealed class LastMonthTests : IDisposable
{
    private readonly SmallDataset dataset = new();

    public void Dispose() => dataset.Dispose();

    [Theory]
    [InlineData("score")]
    [InlineData("score", "--rules", "modern-work-2023-09")]
    [InlineData("history", "--months", "3")]
    public async Task R2_a_usage_month_of_9999_12_is_the_as_of_month_and_runs(params string[] command)
    {
        dataset.Usage(("T1", "Teams", new DateOnly(9999, 12, 1), 500, 300));

        var (exit, output, errors) = await CliRunner.RunAsync([.. command, "--data", dataset.Data, "--out", dataset.Out]);

        Assert.Equal(0, exit);
        Assert.Contains("9999-12", output + errors);
        Assert.DoesNotContain("internal error", errors);
    }
}
