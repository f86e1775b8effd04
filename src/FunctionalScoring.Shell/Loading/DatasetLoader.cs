using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using FunctionalScoring.Shell.Reading;
using LanguageExt;

namespace FunctionalScoring.Shell.Loading;

/// <summary>A dataset as read: the core's raw tables and the files they came from.</summary>
public sealed record LoadedDataset(RawDataset Raw, IReadOnlyList<InputFileRecord> Inputs);

/// <summary>
/// Reads a whole dataset folder (§7) into memory as the core's raw tables, for the library's users
/// (notebooks, what-if); the CLI streams the usage table instead (<see cref="DatasetReader"/>). A
/// missing table or column, a wrong type or an unreadable file stops the load with a message (R27).
/// </summary>
public static class DatasetLoader
{
    /// <summary>Loads every table; with a known window, usage row groups whose DATE statistics lie outside it are skipped unread (R29).</summary>
    public static async Task<Either<ParquetInputError, LoadedDataset>> LoadAsync(
        string dataDirectory, Option<EvaluationWindow> window = default, Action<string, ReadProgress>? progress = null, CancellationToken ct = default)
    {
        var small = await SmallTables.LoadAsync(dataDirectory, progress, ct);
        if (small.Case is not (RawDataset raw, Seq<InputFileRecord> inputs))
        {
            return (ParquetInputError)small.Case;
        }

        var location = TableLocation.Find(dataDirectory, "usage");
        if (location.Case is not TableLocation usage)
        {
            return (ParquetInputError)location.Case;
        }

        var filter = window.Map(w => new RowGroupFilter("month", EvaluationMonths.Single(w.AsOf).MayHoldRows));
        var read = await TableColumns.ReadAsync(usage, InputSchema.Usage, filter, null, progress is null ? null : p => progress("usage", p), ct);
        return read.Map(t => new LoadedDataset(
            raw with { Usage = new RawUsage(t.Text("tenant_id"), t.Text("workload"), t.Date("month"), t.Integer("paid_available_units"), t.Integer("monthly_active_users"), t.Sources) },
            SmallTables.InTableOrder(inputs + t.Files("usage"))));
    }
}
