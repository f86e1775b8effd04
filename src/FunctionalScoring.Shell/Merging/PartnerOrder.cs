using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Merging;

/// <summary>
/// Concatenates the same table of every shard and puts it in the order of a single run: partner id (ordinal),
/// then the order the rows had within their shard. Shards hold disjoint partners, so that order is exactly
/// the one <see cref="Outputs.ResultFrames"/> gives a whole run.
/// </summary>
public static class PartnerOrder
{
    public static DataFrame Merge(IReadOnlyList<DataFrame> shards)
    {
        // OrderBy is stable: rows of one partner keep their shard order.
        var order = shards
            .SelectMany((frame, f) => Enumerable.Range(0, checked((int)frame.Rows.Count)).Select(row => (Frame: f, Row: row)))
            .OrderBy(r => PartnerId(shards[r.Frame], r.Row), StringComparer.Ordinal)
            .ToArray();
        var columns = shards[0].Columns.Select((column, c) => Gather(column, shards.Select(s => s.Columns[c]).ToArray(), order));
        return new DataFrame(columns);
    }

    private static string PartnerId(DataFrame frame, int row) => ((StringDataFrameColumn)frame.Columns["partner_id"])[row] ?? "";

    private static DataFrameColumn Gather(DataFrameColumn template, DataFrameColumn[] sources, (int Frame, int Row)[] order) => template switch
    {
        StringDataFrameColumn => new StringDataFrameColumn(template.Name, order.Select(r => ((StringDataFrameColumn)sources[r.Frame])[r.Row])),
        Int64DataFrameColumn => new Int64DataFrameColumn(template.Name, order.Select(r => ((Int64DataFrameColumn)sources[r.Frame])[r.Row])),
        BooleanDataFrameColumn => new BooleanDataFrameColumn(template.Name, order.Select(r => ((BooleanDataFrameColumn)sources[r.Frame])[r.Row])),
        DoubleDataFrameColumn => new DoubleDataFrameColumn(template.Name, order.Select(r => ((DoubleDataFrameColumn)sources[r.Frame])[r.Row])),
        PrimitiveDataFrameColumn<DateOnly> => new PrimitiveDataFrameColumn<DateOnly>(template.Name, order.Select(r => ((PrimitiveDataFrameColumn<DateOnly>)sources[r.Frame])[r.Row])),
        DecimalDataFrameColumn => new DecimalDataFrameColumn(template.Name, order.Select(r => ((DecimalDataFrameColumn)sources[r.Frame])[r.Row])),
        _ => throw new NotSupportedException($"column '{template.Name}' is a {template.GetType().Name}, not an output column type"),
    };
}
