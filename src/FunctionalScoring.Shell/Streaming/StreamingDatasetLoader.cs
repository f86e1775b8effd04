using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Streaming;

/// <summary>A dataset checked while streaming: the same facts as the batch path, and the files read.</summary>
public sealed record StreamedDataset(CheckedDataset Checked, IReadOnlyList<InputFileRecord> Inputs, RawDataset SmallTables);

/// <summary>
/// The fast path for big exports. The small tables (associations, certifications, partners) are
/// read whole; the usage table is streamed row group by row group: groups outside [B, M] are
/// skipped by their DATE statistics (R29), and only the cells of associated tenants are kept.
/// Memory grows with the associated pairs and the tenants, not with the rows or the months.
/// Given the same files, the result equals <see cref="DatasetChecks.Check"/> over the whole table.
/// </summary>
public static class StreamingDatasetLoader
{
    public static async Task<Either<string, StreamedDataset>> LoadAsync(
        string dataDirectory, RuleSet rules, Option<Month> asOf, Action<string, ReadProgress>? progress = null, CancellationToken ct = default, Shard? shard = null)
    {
        var small = await SmallTables.LoadAsync(dataDirectory, progress, ct);
        if (small.Case is not (RawDataset raw, Seq<InputFileRecord> inputs))
        {
            return Left<string, StreamedDataset>(((ParquetInputError)small.Case).Message);
        }

        var location = TableLocation.Find(dataDirectory, "usage");
        if (location.Case is not TableLocation usage)
        {
            return Left<string, StreamedDataset>(((ParquetInputError)location.Case).Message);
        }

        var month = asOf.IsSome ? Right<string, Month>(asOf.IfNone(default(Month))) : await LatestMonthAsync(usage, ct);
        if (month.Case is not Month m)
        {
            return Left<string, StreamedDataset>((string)month.Case);
        }

        var window = new EvaluationWindow(m);
        var tenants = DatasetChecks.AssociatedTenants(raw.Associations);
        var kept = KeptTenants(raw.Associations, shard ?? Shard.Whole);
        var facts = await UsageReader.ReadAsync(usage, rules, window, tenants.Count, id => kept(id) ? tenants.Code(id).IfNone(-1) : -1, p => progress?.Invoke("usage", p), ct);
        return facts.Map(f => new StreamedDataset(
            DatasetChecks.Assemble(rules, window, raw, tenants, f.Facts),
            SmallTables.InTableOrder(inputs + f.Files),
            raw)).MapLeft(e => e.Message);
    }

    /// <summary>
    /// The tenants whose usage a shard keeps: those associated with one of its partners. Every
    /// other row is still checked and counted (R28), so the accounting equals a whole run's.
    /// </summary>
    private static Func<string, bool> KeptTenants(RawAssociations associations, Shard shard)
    {
        if (shard.Count == 1)
        {
            return _ => true;
        }

        var kept = Enumerable.Range(0, associations.Count)
            .Where(row => associations.Partner[row] is { } partner && shard.Owns(partner))
            .Select(row => associations.Tenant[row])
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return kept.Contains;
    }

    /// <summary>R2 without a given month: the latest first-day month, from the month column alone.</summary>
    private static async Task<Either<string, Month>> LatestMonthAsync(TableLocation usage, CancellationToken ct)
    {
        var latest = await UsageReader.LatestFirstDayAsync(usage, ct);
        return latest.MapLeft(e => e.Message).Bind(day => day.ToEither(RunError.NoAsOfMonth().Message).Map(Month.OfDayNumber));
    }
}
