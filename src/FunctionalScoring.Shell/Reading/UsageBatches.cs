using FunctionalScoring.Core.Usage;
using FunctionalScoring.Shell.Parquet;

namespace FunctionalScoring.Shell.Reading;

/// <summary>A decoded usage row group as the core's batch: the columns as they are, no copy.</summary>
internal static class UsageBatches
{
    public static UsageBatch Of(RowGroupBatch group)
    {
        var tenant = group.Column("tenant_id");
        var workload = group.Column("workload");
        var pau = group.Column("paid_available_units");
        var mau = group.Column("monthly_active_users");
        return new UsageBatch(
            tenant.Int32Values, workload.Int32Values, group.Column("month").Int32Values,
            pau.Int64Values, pau.NullCount == 0 ? [] : pau.HasValue,
            mau.Int64Values, mau.NullCount == 0 ? [] : mau.HasValue,
            Texts(tenant), Texts(workload),
            new BatchOrigin(group.Part.Name, group.PartIndex, group.FirstRowInFile));
    }

    private static TextValues Texts(BatchColumn column) =>
        column.Texts.IfNone(() => throw new InvalidOperationException($"{column.Spec.Name} has no text values"));
}
