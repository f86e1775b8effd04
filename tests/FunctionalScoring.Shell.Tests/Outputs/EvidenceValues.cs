using FunctionalScoring.Core.Results;
using LanguageExt;

namespace FunctionalScoring.Shell.Tests.Outputs;

/// <summary>An evidence row as the values of its evidence.parquet columns, in schema order, as the merge reader returns them.</summary>
public static class EvidenceValues
{
    public static object?[] Of(Evidence e) =>
    [
        e.PartnerId, e.Path.ToString(), e.Metric.ToString(), e.Kind.ToString(), Value(e.Via.Map(t => t.ToString())), e.Reported,
        Value(e.TenantId), Value(e.Workload), Value(e.PersonId), Value(e.Certification),
        e.Month.FirstDay, e.Contribution, Value(e.ClaimMonth.Map(m => m.FirstDay)), Value(e.StartMonth.Map(m => m.FirstDay)), Value(e.MauAtStart),
        Value(e.Pau), Value(e.Mau), Value(e.ActiveShare.Map(s => (double)s)), Value(e.ExcludedByR18), Value(e.Lost),
    ];

    private static object? Value<T>(Option<T> value) => value.Case;
}
