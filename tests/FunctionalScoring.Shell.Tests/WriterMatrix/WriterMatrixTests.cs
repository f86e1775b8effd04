using FunctionalScoring.Core.Validation;
using Parquet;

namespace FunctionalScoring.Shell.Tests.WriterMatrix;

/// <summary>
/// Issue 13: the same dataset, re-written by every writer and setting of the matrix, scores to the very
/// bytes the original scores to. Base datasets are scored once (<see cref="ReferenceRuns"/>); the fixtures
/// are committed, so neither node nor the network is needed here.
/// </summary>
public sealed class WriterMatrixTests(ReferenceRuns references) : IClassFixture<ReferenceRuns>
{
    public static TheoryData<string> Files => WriterFixtures.Named("files");

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_re_written_dataset_scores_byte_for_byte_like_its_original(string name)
    {
        var fixture = WriterFixtures.Read(name);
        var expected = await references.Of(fixture.BaseFolder);
        var actual = await ScoredOutputs.OfAsync(fixture.Folder);

        Assert.Equal(expected.Accounting, actual.Accounting);
        Assert.Equal(expected.Warnings, actual.Warnings);
        Assert.Equal(expected.Summary, actual.Summary);
        Assert.Equal(expected.Scorecard, actual.Scorecard);
        Assert.Equal(expected.Evidence, actual.Evidence);
        Assert.Equal(expected.Rejects, actual.Rejects);
    }

    /// <summary>
    /// DuckDB's <c>PARTITION_BY (month)</c>: usage as <c>usage/month=YYYY-MM-DD/data_0.parquet</c>, the month only in
    /// the path, a null month in <c>__HIVE_DEFAULT_PARTITION__</c> and a mid-month one in its own folder. The month
    /// before the baseline is never opened (R29), so its rows are in no count (as the README says) where the
    /// original counts them ignored; rejects name other files, so only their accounting is compared.
    /// </summary>
    [Fact]
    public async Task A_hive_partitioned_export_scores_like_its_original_without_opening_the_months_outside_the_window()
    {
        var fixture = WriterFixtures.Read("duckdb-hive");
        var expected = await references.Of(fixture.BaseFolder);
        var actual = await ScoredOutputs.OfAsync(fixture.Folder);

        var unopened = actual.Inputs.Where(i => i.Rows is null).Select(i => i.File).ToArray();
        Assert.Equal(["usage/month=2024-05-01/data_0.parquet"], unopened);
        static bool OutsideWindow(AccountingLine line) => line is { Table: TableName.Usage, Reason: RowReason.OutsideWindow };
        Assert.Equal(expected.Accounting.Lines.Filter(OutsideWindow).Sum(l => l.Rows), await RowsInAsync(Path.Combine(fixture.Folder, unopened[0])));
        Assert.Equal(new Accounting(expected.Accounting.Lines.Filter(l => !OutsideWindow(l))), actual.Accounting);
        Assert.Equal(expected.Warnings, actual.Warnings);
        Assert.Equal(expected.Summary, actual.Summary);
        Assert.Equal(expected.Scorecard, actual.Scorecard);
        Assert.Equal(expected.Evidence, actual.Evidence);
    }

    /// <summary>
    /// The non-ASCII base renames tenant and person ids one to one and keeps partner ids: every score is the
    /// same, so its scorecard is the ASCII base's to the byte, and its PLAIN reading is checked too.
    /// </summary>
    [Fact]
    public async Task Non_ascii_ids_and_names_score_exactly_like_the_ascii_ones()
    {
        var ascii = await references.Of(WriterFixtures.Read("base").Folder);
        var unicode = await references.Of(WriterFixtures.Read("base-unicode").Folder);

        Assert.Equal(ascii.Accounting, unicode.Accounting);
        Assert.Equal(ascii.Scorecard, unicode.Scorecard);
        Assert.NotEqual(ascii.Summary, unicode.Summary);
    }

    [Fact]
    public void The_matrix_holds_every_writer_and_the_known_bad_cases_of_issue_13()
    {
        var names = WriterFixtures.All().Select(f => f.Name).ToHashSet();
        string[] required =
        [
            "duckdb-v2", "rs-v2-dictionary-fallback", "arrow-delta-binary-packed", "arrow-byte-stream-split",
            "arrow-timestamp-us-delta-v2", "unicode-arrow-delta-byte-array", "unicode-rs-delta-byte-array",
            "polars-zstd", "parquetjs-snappy", "duckdb-hive",
        ];
        Assert.Equal([], required.Where(name => !names.Contains(name)).ToArray());
    }

    private static async Task<long> RowsInAsync(string file)
    {
        await using var reader = await ParquetReader.CreateAsync(file);
        return reader.Metadata!.NumRows;
    }
}
