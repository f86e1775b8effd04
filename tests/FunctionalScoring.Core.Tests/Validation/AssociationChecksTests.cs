using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Validation;
using static FunctionalScoring.Core.Tests.Support.TestWindow;

namespace FunctionalScoring.Core.Tests.Validation;

/// <summary>R28 on the associations table, through the whole run.</summary>
public class AssociationChecksTests
{
    [Theory]
    [InlineData("P1", "T1", "Teams", "CPOR", LongAgo, null, Outcome.Used, RowReason.None)]
    [InlineData("P1", "T1", null, "CSP Tier 1", LongAgo, null, Outcome.Used, RowReason.None)]
    [InlineData("P1", "T1", " ", "CPOR", LongAgo, null, Outcome.Used, RowReason.None)] // white space: tenant-wide
    [InlineData("P1", "T1", "Teams", "CPOR", "2024-10-01", "2024-10-01", Outcome.Used, RowReason.None)]
    [InlineData("P1", "T1", "Teams", "CPOR", "2024-10-01", "2024-09-30", Outcome.Rejected, RowReason.EndedBeforeAssociated)]
    [InlineData(null, "T1", "Teams", "CPOR", LongAgo, null, Outcome.Rejected, RowReason.EmptyPartnerId)]
    [InlineData("\u00A0", "T1", "Teams", "CPOR", LongAgo, null, Outcome.Rejected, RowReason.EmptyPartnerId)]
    [InlineData("P1", "", "Teams", "CPOR", LongAgo, null, Outcome.Rejected, RowReason.EmptyTenantId)]
    [InlineData("P1", "T1", "Teams", null, LongAgo, null, Outcome.Rejected, RowReason.EmptyAssociationType)]
    [InlineData("P1", "T1", "Teams", "\t", LongAgo, null, Outcome.Rejected, RowReason.EmptyAssociationType)]
    [InlineData("P1", "T1", "Teams", "CPOR", null, null, Outcome.Rejected, RowReason.EmptyAssociatedOn)]
    [InlineData("P1", "T1", "Teams", "Reseller", LongAgo, null, Outcome.Rejected, RowReason.UnknownAssociationType)]
    [InlineData("P1", "T1", "Dynamics 365", "CPOR", LongAgo, null, Outcome.Ignored, RowReason.WorkloadNotEligible)]
    [InlineData("P1", "T1", "Dynamics 365", "Reseller", LongAgo, null, Outcome.Rejected, RowReason.UnknownAssociationType)] // invalid and not eligible
    public void R28_each_association_row_is_used_ignored_or_rejected_with_its_reason(string? partner, string? tenant, string? workload, string? type, string? associatedOn, string? endedOn, Outcome outcome, RowReason reason)
    {
        var run = Scenario.Empty.With(Row.Association(partner, tenant, workload, type, associatedOn, endedOn)).Run();

        Assert.Equal([(outcome, reason, 1L)], run.Lines(TableName.Associations));
    }

    [Fact]
    public void R28_identical_association_rows_are_both_used_and_count_once()
    {
        var row = Row.Association("P1", "T1", "Teams", "CPOR", LongAgo);

        var run = Scenario.Empty.With(Row.Usage("T1", "Teams", MDay, 50, 30)).With(row, row).Run();

        Assert.Equal([(Outcome.Used, RowReason.None, 2L)], run.Lines(TableName.Associations));
        Assert.Equal((1L, 2.00m), run.Metric("P1", PathName.SMB, Metric.NetCustomerAdds).Scored());
        Assert.Equal((30L, 1.80m), run.Metric("P1", PathName.SMB, Metric.UsageGrowth).Scored());
    }

    [Fact]
    public void R6_an_association_naming_a_workload_that_is_not_eligible_credits_nothing()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, 50, 30), Row.Usage("T1", "Dynamics 365", MDay, 50, 30))
            .With(Row.Association("P1", "T1", "Dynamics 365", "CPOR", LongAgo))
            .Run();

        Assert.Equal((0L, 0.00m), run.Metric("P1", PathName.SMB, Metric.NetCustomerAdds).Scored());
    }
}
