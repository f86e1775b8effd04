using FunctionalScoring.Core.Input;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Reading;

/// <summary>
/// A table's requested columns collected straight from its row groups into the core's columns
/// (text codes and their values, day numbers, longs; nulls as the core's markers), optionally only
/// the rows a predicate keeps, with the provenance of every row (R28) and of the rows skipped (R29).
/// </summary>
internal sealed class TableColumns
{
    private readonly Dictionary<string, List<int>> ints = [];
    private readonly Dictionary<string, List<long>> longs = [];
    private readonly Dictionary<string, List<bool>> present = [];
    private readonly List<SourceSpan> sources = [];
    private ParquetTableStream? stream;

    public int Count { get; private set; }

    public Seq<InputFileRecord> Files(string table) => stream is null ? Seq<InputFileRecord>() : stream.Files.Map(f => new InputFileRecord(table, f.Name, f.Opened ? f.Rows : null)).Strict();

    public Seq<SourceSpan> Sources => sources.ToSeq().Strict();

    /// <summary>Provenance of every part file, in reading order.</summary>
    public Seq<SourceFile> SourceFiles => stream is null ? Seq<SourceFile>() : stream.Files;

    /// <summary>The requested columns, in the order asked for.</summary>
    public Seq<string> Names => stream is null ? Seq<string>() : stream.Columns.Map(c => c.Name);

    public TextColumn Text(string column) => new([.. ints[column]], stream!.Texts.Find(column).Map(d => d.ToArray()).IfNone([]));

    public DateColumn Date(string column) => new([.. ints[column]]);

    public IntegerColumn Integer(string column) => new([.. longs[column]], [.. present[column]]);

    /// <summary>How many rows of a column are null.</summary>
    public int NullCount(string column) =>
        present.TryGetValue(column, out var values)
            ? values.Count(has => !has)
            : ints[column].Count(v => v is TextColumn.Null or DateColumn.Null);

    /// <summary>Reads the table; <paramref name="keep"/> (all rows when null) picks the rows of each decoded row group, in order.</summary>
    public static async Task<Either<ParquetInputError, TableColumns>> ReadAsync(
        TableLocation location, Seq<ColumnSpec> specs, Option<RowGroupFilter> filter, Func<RowGroupBatch, int[]>? keep, Action<ReadProgress>? progress, CancellationToken ct, Option<TextRangeFilter> textFilter = default)
    {
        var opened = await ParquetTableStream.OpenAsync(location, specs, filter, ct, textFilter);
        if (opened.Case is not ParquetTableStream stream)
        {
            return (ParquetInputError)opened.Case;
        }

        var table = new TableColumns { stream = stream };
        foreach (var spec in specs)
        {
            if (spec.Kind == ColumnKind.Integer)
            {
                table.longs[spec.Name] = [];
                table.present[spec.Name] = [];
            }
            else
            {
                table.ints[spec.Name] = [];
            }
        }

        await foreach (var batch in stream.ReadAsync(Optional(progress), ct))
        {
            if (batch.Case is ParquetInputError error)
            {
                return error;
            }

            table.Append((RowGroupBatch)batch.Case, keep);
        }

        return table;
    }

    private void Append(RowGroupBatch group, Func<RowGroupBatch, int[]>? keep)
    {
        if (group.Skipped)
        {
            sources.Add(new SourceSpan(group.Part.Name, Count, 0, group.FirstRowInFile, group.RowCount));
            return;
        }

        var rows = keep is null ? [.. Enumerable.Range(0, group.RowCount)] : keep(group);
        foreach (var column in group.Columns)
        {
            if (column.Spec.Kind == ColumnKind.Integer)
            {
                var values = column.Int64Values;
                var presentRows = column.HasValue;
                var (target, has) = (longs[column.Spec.Name], present[column.Spec.Name]);
                foreach (var row in rows)
                {
                    target.Add(values[row]);
                    has.Add(presentRows[row]);
                }
            }
            else
            {
                var values = column.Int32Values;
                var target = ints[column.Spec.Name];
                foreach (var row in rows)
                {
                    target.Add(values[row]);
                }
            }
        }

        // Consecutive kept rows of one row group form one span of their file.
        for (var start = 0; start < rows.Length;)
        {
            var end = start + 1;
            while (end < rows.Length && rows[end] == rows[end - 1] + 1)
            {
                end++;
            }

            sources.Add(new SourceSpan(group.Part.Name, Count + start, end - start, group.FirstRowInFile + rows[start], 0));
            start = end;
        }

        Count += rows.Length;
    }
}
