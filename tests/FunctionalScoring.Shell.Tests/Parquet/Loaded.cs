using FunctionalScoring.Core.Input;
using FunctionalScoring.Shell.Parquet;
using FunctionalScoring.Shell.Reading;
using LanguageExt;
using Xunit.Sdk;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Parquet;

/// <summary>A table as the reader hands it to the core: its columns, and the provenance of every row.</summary>
internal sealed record ReadTable(TableColumns Columns, string Table)
{
    public int Count => Columns.Count;

    public Seq<SourceSpan> Sources => Columns.Sources;

    public Seq<SourceFile> Files => Columns.SourceFiles;

    public string[] ColumnNames => [.. Columns.Names];

    public int NullCount(string column) => Columns.NullCount(column);

    /// <summary>The file and 0-based row within it of a read row.</summary>
    public Option<(string File, long Row)> Locate(int row) =>
        row < Count ? Some(Sources.Locate(row)) : None;

    public long RowsRead => Columns.Files(Table).Sum(f => f.Rows ?? 0);

    public long SkippedRows => Sources.Sum(s => s.SkippedRows);

    public string[] Dictionary(string column) => Columns.Text(column).Values;

    public IReadOnlyList<string?> Texts(string column)
    {
        var text = Columns.Text(column);
        return [.. Enumerable.Range(0, text.Codes.Length).Select(row => text[row])];
    }

    public int?[] Ints(string column) => [.. Columns.Text(column).Codes.Select(code => code < 0 ? (int?)null : code)];

    public long?[] Longs(string column)
    {
        var integers = Columns.Integer(column);
        return [.. Enumerable.Range(0, integers.Values.Length).Select(row => integers[row])];
    }

    public DateOnly?[] Dates(string column)
    {
        var dates = Columns.Date(column);
        return [.. Enumerable.Range(0, dates.DayNumbers.Length).Select(row => dates[row])];
    }
}

/// <summary>Reads fixtures and unwraps results, failing the test with the error's message.</summary>
internal static class Loaded
{
    public static async Task<ReadTable> TableAsync(string folder, string table, ReadOptions? options, params ColumnSpec[] columns)
    {
        var result = await ReadAsync(folder, table, options ?? ReadOptions.Default, columns);
        return result.Match(t => t, e => throw new XunitException(e.Message));
    }

    public static Task<ReadTable> TableAsync(string folder, string table, params ColumnSpec[] columns) =>
        TableAsync(folder, table, null, columns);

    public static async Task<ParquetInputError> ErrorAsync(string folder, string table, params ColumnSpec[] columns)
    {
        var result = await ReadAsync(folder, table, ReadOptions.Default, columns);
        return result.Match(t => throw new XunitException($"expected an error, read {t.Count} rows"), e => e);
    }

    private static async Task<Either<ParquetInputError, ReadTable>> ReadAsync(string folder, string table, ReadOptions options, ColumnSpec[] columns)
    {
        var location = TableLocation.Find(folder, table);
        if (location.Case is not TableLocation found)
        {
            return (ParquetInputError)location.Case;
        }

        var read = await TableColumns.ReadAsync(found, columns.ToSeq(), options.Filter, null, options.Progress.IfNoneUnsafe((Action<ReadProgress>?)null), CancellationToken.None);
        return read.Map(t => new ReadTable(t, table));
    }
}
