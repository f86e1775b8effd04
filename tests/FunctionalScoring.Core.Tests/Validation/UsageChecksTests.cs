using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Validation;
using static FunctionalScoring.Core.Tests.Support.TestWindow;

namespace FunctionalScoring.Core.Tests.Validation;

/// <summary>R28, R29 on the usage table, through the whole run (as of M = 2025-06).</summary>
public class UsageChecksTests
{
    [Theory]
    [InlineData("T1", "Teams", MDay, 20L, 5L, Outcome.Used, RowReason.None)]
    [InlineData("T1", "Teams", MDay, 20L, 50L, Outcome.Used, RowReason.None)] // MAU above PAU is no error
    [InlineData("T1", "Teams", BDay, 0L, 0L, Outcome.Used, RowReason.None)]
    [InlineData(null, "Teams", MDay, 20L, 5L, Outcome.Rejected, RowReason.EmptyUsageKey)]
    [InlineData(" \t", "Teams", MDay, 20L, 5L, Outcome.Rejected, RowReason.EmptyUsageKey)]
    [InlineData("T1", null, MDay, 20L, 5L, Outcome.Rejected, RowReason.EmptyUsageKey)]
    [InlineData("T1", "\u00A0", MDay, 20L, 5L, Outcome.Rejected, RowReason.EmptyUsageKey)]
    [InlineData("T1", "Teams", null, 20L, 5L, Outcome.Rejected, RowReason.EmptyUsageKey)]
    [InlineData("T1", "Teams", MDay, null, 5L, Outcome.Rejected, RowReason.EmptyUnits)]
    [InlineData("T1", "Teams", MDay, 20L, null, Outcome.Rejected, RowReason.EmptyUnits)]
    [InlineData("T1", "Teams", MDay, -1L, 5L, Outcome.Rejected, RowReason.NegativeUnits)]
    [InlineData("T1", "Teams", MDay, 20L, -5L, Outcome.Rejected, RowReason.NegativeUnits)]
    [InlineData("T1", "Teams", "2025-03-15", 20L, 5L, Outcome.Rejected, RowReason.MonthNotFirstDay)]
    [InlineData("T1", "Teams", "2024-06-30", 20L, 5L, Outcome.Rejected, RowReason.MonthNotFirstDay)] // inside B: checked
    [InlineData("T1", "Dynamics 365", MDay, 20L, 5L, Outcome.Ignored, RowReason.WorkloadNotEligible)]
    [InlineData("T1", "Dynamics 365", MDay, -1L, 5L, Outcome.Rejected, RowReason.NegativeUnits)] // invalid and not eligible
    [InlineData("T1", "Dynamics 365", "2025-03-15", 20L, 5L, Outcome.Rejected, RowReason.MonthNotFirstDay)]
    [InlineData("T1", "Teams", "2024-05-01", 20L, 5L, Outcome.Ignored, RowReason.OutsideWindow)]
    [InlineData("T1", "Teams", "2025-07-01", 20L, 5L, Outcome.Ignored, RowReason.OutsideWindow)]
    [InlineData("T1", "Teams", "2024-05-31", -1L, null, Outcome.Ignored, RowReason.OutsideWindow)] // outside: no checks
    [InlineData(null, null, "2025-07-15", null, null, Outcome.Ignored, RowReason.OutsideWindow)]
    public void R28_R29_each_usage_row_is_used_ignored_or_rejected_with_its_reason(string? tenant, string? workload, string? month, long? pau, long? mau, Outcome outcome, RowReason reason)
    {
        var run = Scenario.Empty.With(Row.Usage(tenant, workload, month, pau, mau)).Run();

        Assert.Equal([(outcome, reason, 1L)], run.Lines(TableName.Usage));
    }

    [Fact]
    public void R28_a_clean_row_sharing_its_key_with_an_invalid_one_is_rejected_too()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, 50, 5), Row.Usage("T1", " teams ", MDay, -3, 5))
            .With(Row.Association("P1", "T1", null, "CPOR", LongAgo))
            .Run();

        Assert.Equal([(0L, RowReason.DuplicateUsageKey), (1L, RowReason.NegativeUnits)], run.Rejected(TableName.Usage));
        Assert.Equal(0L, run.Metric("P1", PathName.SMB, Metric.NetCustomerAdds).Value);
    }

    [Fact]
    public void R28_every_copy_of_a_duplicate_key_is_rejected_the_workload_matched_by_alias()
    {
        var run = Scenario.Empty
            .With(
                Row.Usage("T1", "ProPlus", MDay, 50, 5),
                Row.Usage("T1", "Microsoft 365 Apps", MDay, 50, 5),
                Row.Usage("T1", "Microsoft 365 Apps", BDay, 50, 5),
                Row.Usage("T2", "ProPlus", MDay, 50, 5))
            .Run();

        Assert.Equal([(Outcome.Used, RowReason.None, 2L), (Outcome.Rejected, RowReason.DuplicateUsageKey, 2L)], run.Lines(TableName.Usage));
    }

    [Fact]
    public void R28_rows_of_workloads_that_are_not_eligible_are_never_duplicates()
    {
        var run = Scenario.Empty.With(Row.Usage("T1", "Dynamics 365", MDay, 50, 5), Row.Usage("T1", "Dynamics 365", MDay, 50, 5)).Run();

        Assert.Equal([(Outcome.Ignored, RowReason.WorkloadNotEligible, 2L)], run.Lines(TableName.Usage));
    }

    [Fact]
    public void R28_the_same_key_in_different_tenants_or_months_is_no_duplicate()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, 50, 5), Row.Usage("t1", "Teams", MDay, 50, 5), Row.Usage("T1", "Teams", "2025-05-01", 50, 5))
            .Run();

        Assert.Equal([(Outcome.Used, RowReason.None, 3L)], run.Lines(TableName.Usage));
    }

    [Fact]
    public void R8_a_rejected_usage_row_reads_as_no_usage()
    {
        var run = Scenario.Empty
            .With(Row.Usage("T1", "Teams", MDay, 50, -5))
            .With(Row.Association("P1", "T1", "Teams", "CPOR", LongAgo))
            .Run();

        Assert.Equal(0L, run.Metric("P1", PathName.SMB, Metric.NetCustomerAdds).Value);
    }

    [Fact]
    public void R28_a_rejected_row_is_named_with_its_file_row_and_raw_values()
    {
        var run = Scenario.Empty.With(Row.Usage("T1", "Teams", MDay, 20, 5), Row.Usage("T1", "Exchange", "2025-03-15", 20, 5)).Run();

        Assert.Equal(
            [new Rejection(TableName.Usage, "rows:usage", 1, RowReason.MonthNotFirstDay, "tenant_id=\"T1\", workload=\"Exchange\", month=2025-03-15, paid_available_units=20, monthly_active_users=5")],
            run.Rejections.ToArray());
    }
}
