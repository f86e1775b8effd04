using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Parquet;
using static FunctionalScoring.Generation.ParquetFixture;

namespace FunctionalScoring.Shell.Tests.CommandLine;

/// <summary>R28: every kind of bad row is rejected with its exact reason (the fatal inputs: <see cref="BadInputMatrixTests"/>).</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly SmallDataset dataset = new();

    public void Dispose() => dataset.Dispose();

    [Fact]
    public async Task The_small_dataset_itself_scores_cleanly()
    {
        var (exit, _, errors) = await Score();
        Assert.Equal((0, ""), (exit, errors));
        Assert.True(File.Exists(Path.Combine(dataset.Out, "summary.parquet")));
    }

    [Fact]
    public async Task An_empty_file_with_a_schema_but_no_rows_scores_as_no_data()
    {
        Write(
            dataset.File("certifications"),
            Column("partner_id", FixtureType.Utf8), Column("person_id", FixtureType.Utf8), Column("certification", FixtureType.Utf8),
            Column("earned_on", FixtureType.Date), Column("expires_on", FixtureType.Date));
        var (exit, output, _) = await Score();
        Assert.Equal(0, exit);
        Assert.Contains("certifications", output);
    }

    [Theory]
    [InlineData("unknown association type", "P1", "T2", "Teams", "Reseller", "2024-01-01", null)]
    [InlineData("ended_on before associated_on", "P1", "T2", "Teams", "CPOR", "2024-01-01", "2023-01-01")]
    [InlineData("empty partner_id", " ", "T2", "Teams", "CPOR", "2024-01-01", null)]
    [InlineData("empty tenant_id", "P1", null, "Teams", "CPOR", "2024-01-01", null)]
    [InlineData("empty association_type", "P1", "T2", "Teams", "\t", "2024-01-01", null)]
    [InlineData("empty associated_on", "P1", "T2", "Teams", "CPOR", null, null)]
    public async Task A_bad_association_row_is_rejected_with_its_reason(string reason, string? partner, string? tenant, string? workload, string? type, string? on, string? ended)
    {
        dataset.Associations((partner, tenant, workload, type, Date(on), Date(ended)));
        await AssertRejected(reason, "associations");
    }

    [Theory]
    [InlineData("negative units", "T2", "Teams", "2025-06-01", -5L, 1L)]
    [InlineData("units above 4,294,967,295", "T2", "Teams", "2025-06-01", 4_294_967_296L, 1L)]
    [InlineData("units above 4,294,967,295", "T2", "Teams", "2025-06-01", 5L, long.MaxValue)]
    [InlineData("month is not a first day", "T2", "Teams", "2025-06-15", 5L, 1L)]
    [InlineData("empty key (tenant_id, workload or month)", null, "Teams", "2025-06-01", 5L, 1L)]
    [InlineData("empty key (tenant_id, workload or month)", "T2", "Teams", null, 5L, 1L)]
    [InlineData("duplicate usage key", "T1", " teams ", "2025-06-01", 600L, 100L)]
    public async Task A_bad_usage_row_is_rejected_with_its_reason(string reason, string? tenant, string? workload, string? month, long? pau, long? mau)
    {
        dataset.Usage((tenant, workload, Date(month), pau, mau));
        await AssertRejected(reason, "usage");
    }

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private Task<CliRun> Score(params string[] extra) =>
        CliRunner.RunAsync(["score", "--data", dataset.Data, "--out", dataset.Out, .. extra]);

    private async Task AssertRejected(string reason, string table)
    {
        var (exit, _, errors) = await Score();
        Assert.Equal((0, ""), (exit, errors));
        var rejects = await Parquet.Loaded.TableAsync(dataset.Out, "rejects", ColumnSpec.Text("table"), ColumnSpec.Text("reason"));
        var rows = rejects.Texts("table").Zip(rejects.Texts("reason")).ToList();
        Assert.Contains((table, reason), rows);
    }
}
