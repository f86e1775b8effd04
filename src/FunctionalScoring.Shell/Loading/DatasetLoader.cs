using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using static FunctionalScoring.Shell.Loading.FrameColumns;

namespace FunctionalScoring.Shell.Loading;

/// <summary>A dataset as read: the core's raw tables and the files they came from.</summary>
public sealed record LoadedDataset(RawDataset Raw, IReadOnlyList<InputFileRecord> Inputs);

/// <summary>
/// Reads a dataset folder (§7) through Parquet → DataFrame → the core's columns. A missing table
/// or column, a wrong type or an unreadable file stops the load with a message (R27).
/// </summary>
public static class DatasetLoader
{
    /// <summary>Loads every table; with a known window, usage row groups whose DATE statistics lie outside [B, M] are skipped unread (R29).</summary>
    public static async Task<Either<ParquetInputError, LoadedDataset>> LoadAsync(
        string dataDirectory, Option<EvaluationWindow> window = default, Action<string, ReadProgress>? progress = null, CancellationToken ct = default)
    {
        var small = await SmallTables.LoadAsync(dataDirectory, progress, ct);
        if (small.Case is not (RawDataset raw, Seq<InputFileRecord> inputs))
        {
            return (ParquetInputError)small.Case;
        }

        var usageFilter = window.Map(w => new RowGroupFilter("month", (min, max) => Overlaps(w, min, max)));
        var usage = await ParquetTableReader.LoadAsync(dataDirectory, "usage", InputSchema.Usage, SmallTables.OptionsFor("usage", progress, usageFilter), ct);
        return usage.Map(u => new LoadedDataset(raw with { Usage = Usage(u) }, SmallTables.InTableOrder(inputs + InputFiles(u))));
    }

    /// <summary>R29: a row group can hold a window month only if its date range meets [first day of B, last day of M].</summary>
    private static bool Overlaps(EvaluationWindow window, int minDay, int maxDay) =>
        maxDay >= window.Baseline.FirstDay.DayNumber && minDay <= window.AsOf.LastDay.DayNumber;

    internal static Seq<InputFileRecord> InputFiles(LoadedTable table) =>
        table.Files.Map(f => new InputFileRecord(table.Table, f.Name, f.Rows));

    internal static RawAssociations Associations(LoadedTable t) => new(
        Text(t, "partner_id"), Text(t, "tenant_id"), Text(t, "workload"), Text(t, "association_type"),
        Date(t, "associated_on"), Date(t, "ended_on"), Sources(t));

    private static RawUsage Usage(LoadedTable t) => new(
        Text(t, "tenant_id"), Text(t, "workload"), Date(t, "month"),
        Integer(t, "paid_available_units"), Integer(t, "monthly_active_users"), Sources(t));

    internal static RawCertifications Certifications(LoadedTable t) => new(
        Text(t, "partner_id"), Text(t, "person_id"), Text(t, "certification"),
        Date(t, "earned_on"), Date(t, "expires_on"), Sources(t));

    internal static RawPartners Partners(LoadedTable t) => new(Text(t, "partner_id"), Text(t, "partner_name"), Sources(t));
}
