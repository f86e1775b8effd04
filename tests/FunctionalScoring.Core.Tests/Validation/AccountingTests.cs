using FsCheck.Xunit;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Validation;
using LanguageExt;

namespace FunctionalScoring.Core.Tests.Validation;

/// <summary>R24, R28: every row is accounted for and every partner gets a result.</summary>
public class AccountingTests
{
    /// <summary>R28: for every table, used + ignored + rejected = rows read, bad rows included.</summary>
    [Property(Arbitrary = [typeof(Generators)])]
    public bool R28_used_ignored_and_rejected_add_up_to_the_rows_read(Scenario scenario)
    {
        var run = scenario.Run();
        var rowsIn = Prelude.Seq(
            (TableName.Associations, scenario.Associations.Count),
            (TableName.Usage, scenario.Usage.Count),
            (TableName.Certifications, scenario.Certifications.Count),
            (TableName.Partners, scenario.Partners.Count));
        return rowsIn.ForAll(t =>
            run.Accounting.Rows(t.Item1, Outcome.Used) + run.Accounting.Rows(t.Item1, Outcome.Ignored) + run.Accounting.Rows(t.Item1, Outcome.Rejected) == t.Item2
            && run.Accounting.Read(t.Item1) == t.Item2
            && run.Rejections.Count(r => r.Table == t.Item1) == run.Accounting.Rows(t.Item1, Outcome.Rejected));
    }

    [Fact]
    public void R28_a_mixed_dataset_is_accounted_row_by_row()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", TestWindow.MDay, 20, 5), Row.Usage("T1", "Teams", "2025-02-02", 20, 5), Row.Usage("T1", "Dynamics 365", TestWindow.MDay, 20, 5))
            .With(Row.Association("P1", "T1", null, "CPOR", TestWindow.LongAgo), Row.Association("P1", "T1", null, "VAR", TestWindow.LongAgo))
            .With(Row.Certification("P1", "A", "AZ-900", "2020-01-01"))
            .Run();

        Assert.Equal(
            [
                new AccountingLine(TableName.Associations, Outcome.Used, RowReason.None, 1),
                new AccountingLine(TableName.Associations, Outcome.Rejected, RowReason.UnknownAssociationType, 1),
                new AccountingLine(TableName.Usage, Outcome.Used, RowReason.None, 1),
                new AccountingLine(TableName.Usage, Outcome.Ignored, RowReason.WorkloadNotEligible, 1),
                new AccountingLine(TableName.Usage, Outcome.Rejected, RowReason.MonthNotFirstDay, 1),
                new AccountingLine(TableName.Certifications, Outcome.Ignored, RowReason.CertificationNotListed, 1),
            ],
            run.Accounting.Lines.ToArray());
    }

    /// <summary>R24: a partner seen only in a rejected row still gets a result, scoring 0 on both paths.</summary>
    [Fact]
    public void R24_a_partner_seen_only_in_a_rejected_row_scores_zero()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", TestWindow.MDay, 50, 30))
            .With(Row.Association("P9", "T1", null, "Reseller", TestWindow.LongAgo))
            .Run();

        var p9 = run.Partner("P9");
        Assert.Equal((false, PathName.Enterprise), (p9.Qualified, p9.ReportedPath));
        Assert.Equal([(PathName.Enterprise, 0m, false), (PathName.SMB, 0m, false)], p9.Paths.Map(p => (p.Path, p.Total, p.Qualified)).ToArray());
    }

    [Fact]
    public void R24_every_partner_of_any_table_gets_a_result_in_id_order()
    {
        var run = Scenario.Empty
            .With(Row.Association("P3", "T1", null, "CPOR", null), Row.Association("", "T1", null, "CPOR", TestWindow.LongAgo))
            .With(Row.Certification("P2", "A", "MS-700", null), Row.Certification("P5", "A", "AZ-900", "2020-01-01"))
            .With(Row.Partner("P4", "Fabrikam"), Row.Partner("P1", "Contoso"))
            .Run();

        Assert.Equal(["P1", "P2", "P3", "P4", "P5"], run.Partners.Map(p => p.PartnerId).ToArray());
        Assert.All(run.Partners, p => Assert.Equal([0m, 0m], p.Paths.Map(path => path.Total).ToArray()));
    }
}
