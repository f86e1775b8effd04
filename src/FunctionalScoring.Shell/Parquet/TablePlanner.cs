using LanguageExt;
using Parquet;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// Reads every part's footer: the requested columns must exist with an accepted type that all parts agree on,
/// and each row group is kept or skipped by the filter — all before a single data page is decoded (R27, R29).
/// </summary>
internal static class TablePlanner
{
    public static async Task<Either<ParquetInputError, Seq<PartPlan>>> PlanAsync(
        TableLocation location, Seq<ColumnSpec> specs, Option<RowGroupFilter> filter, CancellationToken ct, Option<TextRangeFilter> textFilter = default)
    {
        var plans = new List<PartPlan>(location.Parts.Count);
        Option<(string File, Seq<BoundColumn> Columns)> first = None;
        foreach (var part in location.Parts)
        {
            var planned = await PlanPartAsync(part, specs, filter, textFilter, ct);
            if (planned.Case is ParquetInputError error)
            {
                return error;
            }

            var (plan, columns) = ((PartPlan, Seq<BoundColumn>))planned.Case;
            if (plan.Unopened)
            {
                plans.Add(plan);
                continue;
            }

            var disagreement = first.Bind(f => Disagreement(part.Name, columns, f.File, f.Columns));
            if (disagreement.Case is ParquetInputError mismatch)
            {
                return mismatch;
            }

            first = first.IsSome ? first : Some((part.Name, columns));
            plans.Add(plan);
        }

        return plans.ToSeq().Strict();
    }

    /// <summary>Opens a part and binds the specs to its schema; the caller owns the reader on success.</summary>
    public static async Task<Either<ParquetInputError, (ParquetReader Reader, Seq<BoundColumn> Columns)>> OpenAsync(
        SourcePart part, Seq<ColumnSpec> specs, CancellationToken ct)
    {
        var opened = await PartFile.OpenAsync(part, ct);
        if (opened.Case is not ParquetReader reader)
        {
            return (ParquetInputError)opened.Case;
        }

        try
        {
            var bound = BoundColumn.BindAll(part, reader.Schema, specs);
            if (bound.Case is Seq<BoundColumn> columns)
            {
                return (reader, columns);
            }

            await reader.DisposeAsync();
            return (ParquetInputError)bound.Case;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await reader.DisposeAsync();
            return ParquetInputError.Corrupt(part.Name, e.Message);
        }
    }

    private static async Task<Either<ParquetInputError, (PartPlan, Seq<BoundColumn>)>> PlanPartAsync(
        SourcePart part, Seq<ColumnSpec> specs, Option<RowGroupFilter> filter, Option<TextRangeFilter> textFilter, CancellationToken ct)
    {
        // R29 on a lake layout: a partition folder whose date fails the filter is skipped without opening its files.
        if (filter.Bind(f => part.Partition(f.Column).Bind(p => p.Day().ToOption().Flatten()).Map(day => !f.Keep(day, day))).IfNone(false))
        {
            return (PartPlan.NotOpened(part), Seq<BoundColumn>());
        }

        var opened = await OpenAsync(part, specs, ct);
        if (opened.Case is ParquetInputError error)
        {
            return error;
        }

        var (reader, columns) = ((ParquetReader, Seq<BoundColumn>))opened.Case;
        await using (reader)
        {
            try
            {
                return (PlanRowGroups(reader, part, columns, filter, textFilter), columns);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return ParquetInputError.Corrupt(part.Name, e.Message);
            }
        }
    }

    private static PartPlan PlanRowGroups(ParquetReader reader, SourcePart part, Seq<BoundColumn> columns, Option<RowGroupFilter> filter, Option<TextRangeFilter> textFilter)
    {
        var pruneBy = filter.Bind(f => columns.Find(c => c.Spec.Name == f.Column).Map(c => (Filter: f, Column: c)));
        var pruneByText = textFilter.Bind(f => columns.Find(c => c.Spec.Name == f.Column).Map(c => (Filter: f, Column: c)));
        var groups = new List<RowGroupPlan>(reader.RowGroupCount);
        var firstRow = 0L;
        for (var index = 0; index < reader.RowGroupCount; index++)
        {
            var rowGroup = reader.OpenRowGroupReader(index);
            var rows = rowGroup.RowCount is >= 0 and <= int.MaxValue
                ? (int)rowGroup.RowCount
                : throw new InvalidDataException($"row group {index} claims {rowGroup.RowCount} rows");
            var skip = pruneBy.Bind(p => DayRange(rowGroup, p.Column).Map(r => !p.Filter.Keep(r.Min, r.Max))).IfNone(false)
                || pruneByText.Bind(p => TextStatistics.Range(rowGroup, p.Column).Map(r => !p.Filter.Keep(r.Min, r.Max))).IfNone(false);
            groups.Add(new RowGroupPlan(index, firstRow, rows, skip));
            firstRow += rows;
        }

        return new PartPlan(part, groups.ToSeq().Strict());
    }

    /// <summary>The days a row group's column can hold: a partition folder's one date, or trusted statistics.</summary>
    private static Option<(int Min, int Max)> DayRange(ParquetRowGroupReader rowGroup, BoundColumn column) =>
        column.Partition is { } partition
            ? partition.Day().ToOption().Flatten().Map(day => (day, day))
            : DateStatistics.Range(rowGroup, column);

    private static Option<ParquetInputError> Disagreement(string file, Seq<BoundColumn> columns, string firstFile, Seq<BoundColumn> firstColumns) =>
        columns.Zip(firstColumns)
            .Find(pair => pair.Item1.FoundType != pair.Item2.FoundType)
            .Map(pair => ParquetInputError.SchemaMismatch(file, pair.Item1.Spec.Name, pair.Item1.FoundType, firstFile, pair.Item2.FoundType));
}
