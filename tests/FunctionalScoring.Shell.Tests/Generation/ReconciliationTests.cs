using FsCheck.Xunit;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Tests.Parquet;

namespace FunctionalScoring.Shell.Tests.Generation;

/// <summary>R28: every generated row is read, and ends up used, ignored or rejected; the planted rejects are rejected.</summary>
public sealed class ReconciliationTests
{
    /// <summary>
    /// Every reject reason the generator plants. Not planted: bytes that are not UTF-8 and dates beyond DateOnly,
    /// which the generator's writer cannot write (other tests plant them), and units above R28's limit
    /// (docs/readings.md), a guard against sums leaving int64 rather than a shape of real exports.
    /// </summary>
    private static readonly RowReason[] RejectReasons =
        [.. Enum.GetValues<RowReason>().Where(r => r.OutcomeOf() == Outcome.Rejected && r is not (RowReason.InvalidText or RowReason.DateOutOfRange or RowReason.UnitsAboveLimit))];

    [Fact]
    public async Task Every_generated_row_is_read_and_accounted_for()
    {
        using var folder = new TempFolder();

        var scored = await GeneratedData.ScoreAsync(GeneratedData.Small(), folder);

        Assert.All(Enum.GetValues<TableName>(), table => Assert.Equal(
            (Written: scored.Dataset.Rows(table.FileName()), Accounted: scored.Dataset.Rows(table.FileName())),
            (Written: scored.Run.Accounting.Read(table), Accounted: Outcomes(scored, table))));
    }

    [Fact]
    public async Task Every_kind_of_planted_reject_is_rejected_for_its_reason()
    {
        using var folder = new TempFolder();

        var scored = await GeneratedData.ScoreAsync(GeneratedData.Small(), folder);
        var rejected = RejectReasons.ToDictionary(r => r, r => scored.Run.Accounting.Lines.Filter(l => l.Reason == r).Sum(l => l.Rows));

        Assert.All(RejectReasons, reason => Assert.True(rejected[reason] > 0, $"no row rejected for '{reason.Describe()}'"));
    }

    [Fact]
    public async Task A_dataset_without_bad_rows_has_no_reject()
    {
        using var folder = new TempFolder();

        var scored = await GeneratedData.ScoreAsync(GeneratedData.Small(badRows: false), folder);

        Assert.Equal((0L, 0L), (scored.Run.Accounting.Rejected, scored.Dataset.Tables.Sum(t => t.DefectiveRows)));
    }

    [Property(MaxTest = 10, Arbitrary = [typeof(GeneratorArbitraries)])]
    public bool Every_table_reconciles_and_only_planted_rows_are_rejected(GeneratorOptions options)
    {
        var scored = GeneratedData.Score(options);
        var accounting = scored.Run.Accounting;
        return Enum.GetValues<TableName>().All(table =>
                accounting.Read(table) == scored.Dataset.Rows(table.FileName())
                && Outcomes(scored, table) == accounting.Read(table)
                && (table == TableName.Usage
                    // R29: planted usage rejects outside the window are ignored unchecked.
                    ? accounting.Rows(table, Outcome.Rejected) <= scored.Dataset.Table("usage").DefectiveRows
                    : accounting.Rows(table, Outcome.Rejected) == scored.Dataset.Table(table.FileName()).DefectiveRows))
            && (!options.BadRows || RejectReasons.All(reason => accounting.Lines.Exists(l => l.Reason == reason)));
    }

    private static long Outcomes(Scored scored, TableName table) =>
        Enum.GetValues<Outcome>().Sum(outcome => scored.Run.Accounting.Rows(table, outcome));
}
