using FunctionalScoring.Core.Input;

namespace FunctionalScoring.Core.Usage;

/// <summary>
/// Where a batch's rows come from: rows [<see cref="FirstRow"/>, …) of <see cref="File"/>, the
/// <see cref="FileOrdinal"/>-th file of the table in reading order. Rejections name them (R28).
/// </summary>
public sealed record BatchOrigin(string File, int FileOrdinal, long FirstRow);

/// <summary>
/// One batch of usage rows as a reader decoded them, column by column (§7): text columns as codes
/// into table-wide value lists that only ever grow (<see cref="TextColumn.Null"/>,
/// <see cref="TextColumn.Invalid"/>), dates as day numbers (<see cref="DateColumn.Null"/>,
/// <see cref="DateColumn.OutOfRange"/>), units with a presence flag each (an empty span: all present).
/// Only read while <see cref="UsageFold.Add"/> runs: the reader reuses the buffers.
/// </summary>
public readonly ref struct UsageBatch
{
    public UsageBatch(
        ReadOnlySpan<int> tenant, ReadOnlySpan<int> workload, ReadOnlySpan<int> day,
        ReadOnlySpan<long> pau, ReadOnlySpan<bool> pauPresent, ReadOnlySpan<long> mau, ReadOnlySpan<bool> mauPresent,
        IReadOnlyList<string> tenantTexts, IReadOnlyList<string> workloadTexts, BatchOrigin origin)
    {
        var rows = tenant.Length;
        if (workload.Length != rows || day.Length != rows || pau.Length != rows || mau.Length != rows
            || (pauPresent.Length != 0 && pauPresent.Length != rows) || (mauPresent.Length != 0 && mauPresent.Length != rows))
        {
            throw new ArgumentException("every column of a usage batch must hold the same number of rows");
        }

        Tenant = tenant;
        Workload = workload;
        Day = day;
        Pau = pau;
        PauPresent = pauPresent;
        Mau = mau;
        MauPresent = mauPresent;
        (TenantTexts, WorkloadTexts, Origin) = (tenantTexts, workloadTexts, origin);
    }

    public ReadOnlySpan<int> Tenant { get; }

    public ReadOnlySpan<int> Workload { get; }

    public ReadOnlySpan<int> Day { get; }

    public ReadOnlySpan<long> Pau { get; }

    public ReadOnlySpan<bool> PauPresent { get; }

    public ReadOnlySpan<long> Mau { get; }

    public ReadOnlySpan<bool> MauPresent { get; }

    public IReadOnlyList<string> TenantTexts { get; }

    public IReadOnlyList<string> WorkloadTexts { get; }

    public BatchOrigin Origin { get; }

    public int Count => Tenant.Length;

    public bool HasPau(int row) => PauPresent.IsEmpty || PauPresent[row];

    public bool HasMau(int row) => MauPresent.IsEmpty || MauPresent[row];
}
