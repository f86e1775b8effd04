using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Reading;

/// <summary>One partner's slice of a dataset, and the as-of month of the whole dataset (R2).</summary>
public sealed record PartnerSlice(RawDataset Raw, Month AsOf);

/// <summary>
/// The rows one partner's score can depend on (the core's <c>WhatIf.PartnerSlice</c>): its rows of
/// the small tables, and the usage rows of the tenants it (or a scenario) links to, inside the windows
/// asked for. The small tables are read whole (the partner's rows can lie anywhere) but only its rows
/// are checked: on bench L, checking all 452k association rows took longer than reading the slice. Every usage check is row-local or keyed by tenant (R28), so the core scores the slice
/// exactly as it scores the whole dataset for this partner, at a fraction of the reading: no other
/// tenant's row is kept, and row groups outside the windows are not decoded (R29).
/// </summary>
public static class PartnerSliceReader
{
    /// <summary>
    /// The slice for scoring as of the as-of month (R2's default when None), as of each month of
    /// <paramref name="alsoAsOf"/>, and as of the <paramref name="months"/> months ending at the as-of
    /// month (R30: a history, or R32's window, when the as-of month is only known once the table is read).
    /// </summary>
    public static async Task<Either<string, PartnerSlice>> ReadAsync(
        string dataDirectory, string partner, IEnumerable<string> moreTenants, Option<Month> asOf, Seq<Month> alsoAsOf = default, int months = 1, CancellationToken ct = default)
    {
        var usage = TableLocation.Find(dataDirectory, "usage");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);

        // R2's pass over the month column needs nothing from the small tables, and one partner's read
        // leaves a core idle: both run at once (on bench L, 0.3 s each).
        var latest = asOf.IsNone && usage.Case is TableLocation found ? Task.Run(() => LatestMonth.ReadAsync(found, stop.Token), stop.Token) : null;
        try
        {
            return await ReadSliceAsync(dataDirectory, partner, moreTenants, asOf, alsoAsOf, months, usage, latest, ct);
        }
        finally
        {
            // A read that stopped early (an error, a cancellation) leaves no pass running behind it.
            if (latest is not null)
            {
                await stop.CancelAsync();
                await ((Task)latest).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private static async Task<Either<string, PartnerSlice>> ReadSliceAsync(
        string dataDirectory, string partner, IEnumerable<string> moreTenants, Option<Month> asOf, Seq<Month> alsoAsOf, int months,
        Either<ParquetInputError, TableLocation> usage, Task<Either<string, Month>>? latest, CancellationToken ct)
    {
        var small = await SmallTables.LoadAsync(dataDirectory, null, ct);
        Diagnostics.MemoryProfile.Note("small tables read");
        if (small.Case is not (RawDataset raw, _))
        {
            return ((ParquetInputError)small.Case).Message;
        }

        if (usage.Case is not TableLocation location)
        {
            return ((ParquetInputError)usage.Case).Message;
        }

        var month = latest is null ? Right<string, Month>(asOf.IfNone(default(Month))) : await latest;
        if (month.Case is not Month m)
        {
            return (string)month.Case;
        }

        Diagnostics.MemoryProfile.Note("as-of month found");
        var named = moreTenants.ToArray();
        var own = Core.WhatIf.PartnerSlice.Of(raw, partner, named);
        var tenants = own.Associations.Tenant.Values.Concat(named).ToHashSet(StringComparer.Ordinal);
        var asOfMonths = alsoAsOf + EvaluationMonths.Ending(m, Math.Max(1, months)).Months;
        var scope = new EvaluationMonths(asOfMonths.Min(), asOfMonths.Max());
        var wanted = new List<bool>();
        var read = await TableColumns.ReadAsync(location, InputSchema.Usage, Some(new RowGroupFilter("month", scope.MayHoldRows)), group => Wanted(group, tenants, wanted), null, ct, Some(TextRangeFilter.Holding("tenant_id", tenants)));
        Diagnostics.MemoryProfile.Note("the partner's usage rows read");
        return read.Match<Either<string, PartnerSlice>>(
            Right: t => new PartnerSlice(
                own with { Usage = new RawUsage(t.Text("tenant_id"), t.Text("workload"), t.Date("month"), t.Integer("paid_available_units"), t.Integer("monthly_active_users"), t.Sources) },
                m),
            Left: e => e.Message);
    }

    /// <summary>The rows of a row group that name one of the tenants: one set lookup per distinct tenant text, then an array read per row.</summary>
    private static int[] Wanted(RowGroupBatch group, System.Collections.Generic.HashSet<string> tenants, List<bool> wanted)
    {
        var column = group.Column("tenant_id");
        var texts = column.Texts.IfNone(() => throw new InvalidOperationException("tenant_id has no text values"));
        for (var known = wanted.Count; known < texts.Count; known++)
        {
            wanted.Add(tenants.Contains(texts[known]));
        }

        var codes = column.Int32Values;
        var rows = new List<int>();
        for (var row = 0; row < codes.Length; row++)
        {
            if (codes[row] >= 0 && wanted[codes[row]])
            {
                rows.Add(row);
            }
        }

        return [.. rows];
    }
}
