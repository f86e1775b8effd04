using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Shell.Parquet;

namespace FunctionalScoring.Shell.Streaming;

/// <summary>The five usage columns of one decoded row group, with nulls as the core's sentinels.</summary>
internal readonly struct UsageBatch(RowGroupBatch batch)
{
    private readonly BatchColumn tenant = batch.Column("tenant_id");
    private readonly BatchColumn workload = batch.Column("workload");
    private readonly BatchColumn month = batch.Column("month");
    private readonly BatchColumn pau = batch.Column("paid_available_units");
    private readonly BatchColumn mau = batch.Column("monthly_active_users");

    public TextDictionary TenantDictionary => tenant.Dictionary.IfNone(() => throw new InvalidOperationException("tenant_id has no dictionary"));

    public TextDictionary WorkloadDictionary => workload.Dictionary.IfNone(() => throw new InvalidOperationException("workload has no dictionary"));

    public int Tenant(int i) => tenant.HasValue[i] ? tenant.Int32Values[i] : TextColumn.Null;

    public int WorkloadCode(int i) => workload.HasValue[i] ? workload.Int32Values[i] : TextColumn.Null;

    public int Day(int i) => month.HasValue[i] ? month.Int32Values[i] : DateColumn.Null;

    public long Pau(int i) => pau.HasValue[i] ? pau.Int64Values[i] : IntegerColumn.Null;

    public long Mau(int i) => mau.HasValue[i] ? mau.Int64Values[i] : IntegerColumn.Null;

    public Rejection Rejection(int i, RowReason reason) =>
        new(TableName.Usage, batch.Part.Name, batch.FirstRowInFile + i, reason, DatasetChecks.UsageRaw(
            Tenant(i) < 0 ? null : TenantDictionary[Tenant(i)],
            WorkloadCode(i) < 0 ? null : WorkloadDictionary[WorkloadCode(i)],
            Day(i) == DateColumn.Null ? null : DateOnly.FromDayNumber(Day(i)),
            Pau(i) == IntegerColumn.Null ? null : Pau(i),
            Mau(i) == IntegerColumn.Null ? null : Mau(i)));
}
