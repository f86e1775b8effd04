using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Shell.Parquet;

namespace FunctionalScoring.Shell.Outputs;

/// <summary>
/// Evidence rows as the typed columns of <see cref="OutputFiles.EvidenceSchema"/>: the one place an
/// <see cref="Evidence"/> becomes column values, for <c>evidence.parquet</c> and for the evidence
/// DataFrame alike. A field the row's kind does not have is null. No string is made per row: ids are
/// the rows' own strings, names the enums' own.
/// </summary>
internal sealed class EvidenceRows
{
    private readonly TextColumnBuffer partnerId, path, metric, kind, via, tenantId, workload, personId, certification;
    private readonly ValueColumnBuffer<bool> reported, excludedByR18, lost;
    private readonly ValueColumnBuffer<int> month, claimMonth, startMonth;
    private readonly ValueColumnBuffer<long> contribution, mauAtStart, pau, mau;
    private readonly ValueColumnBuffer<double> activeShare;

    public EvidenceRows()
    {
        Buffer = new RowGroupBuffer(OutputFiles.EvidenceSchema);
        TextColumnBuffer Text(string name) => Buffer.Column<TextColumnBuffer>(name);
        ValueColumnBuffer<T> Values<T>(string name)
            where T : unmanaged => Buffer.Column<ValueColumnBuffer<T>>(name);

        (partnerId, path, metric, kind, via) = (Text("partner_id"), Text("path"), Text("metric"), Text("kind"), Text("association_type"));
        (tenantId, workload, personId, certification) = (Text("tenant_id"), Text("workload"), Text("person_id"), Text("certification"));
        (reported, excludedByR18, lost) = (Values<bool>("reported"), Values<bool>("excluded_by_r18"), Values<bool>("lost"));
        (month, claimMonth, startMonth) = (Values<int>("month"), Values<int>("claim_month"), Values<int>("start_month"));
        (contribution, mauAtStart, pau, mau) = (Values<long>("contribution"), Values<long>("mau_at_start"), Values<long>("pau"), Values<long>("mau"));
        activeShare = Values<double>("active_share");
    }

    /// <summary>The rows added since the last <see cref="RowGroupBuffer.Clear"/>.</summary>
    public RowGroupBuffer Buffer { get; }

    public void Add(Evidence row)
    {
        partnerId.Add(row.PartnerId);
        path.Add(EnumNames<PathName>.Of(row.Path));
        metric.Add(EnumNames<Metric>.Of(row.Metric));
        kind.Add(EnumNames<EvidenceKind>.Of(row.Kind));
        via.Add(row.Via.IsSome ? EnumNames<AssociationType>.Of((AssociationType)row.Via) : null);
        reported.Add(row.Reported);
        tenantId.Add(row.TenantId.Case as string);
        workload.Add(row.Workload.Case as string);
        personId.Add(row.PersonId.Case as string);
        certification.Add(row.Certification.Case as string);
        month.Add(row.Month.FirstDay.DayNumber);
        contribution.Add(row.Contribution);
        claimMonth.Add(row.ClaimMonth.ToNullable()?.FirstDay.DayNumber);
        startMonth.Add(row.StartMonth.ToNullable()?.FirstDay.DayNumber);
        mauAtStart.Add(row.MauAtStart.ToNullable());
        pau.Add(row.Pau.ToNullable());
        mau.Add(row.Mau.ToNullable());
        activeShare.Add((double?)row.ActiveShare.ToNullable());
        excludedByR18.Add(row.ExcludedByR18.ToNullable());
        lost.Add(row.Lost.ToNullable());
    }
}
