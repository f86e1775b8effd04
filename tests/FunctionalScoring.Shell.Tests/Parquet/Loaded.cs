using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using Microsoft.Data.Analysis;
using Xunit.Sdk;

namespace FunctionalScoring.Shell.Tests.Parquet;

/// <summary>Reads fixtures and unwraps results, failing the test with the error's message.</summary>
internal static class Loaded
{
    public static async Task<LoadedTable> TableAsync(string folder, string table, ReadOptions? options, params ColumnSpec[] columns)
    {
        var result = await ParquetTableReader.LoadAsync(folder, table, columns.ToSeq(), options);
        return result.Match(t => t, e => throw new XunitException(e.Message));
    }

    public static Task<LoadedTable> TableAsync(string folder, string table, params ColumnSpec[] columns) =>
        TableAsync(folder, table, null, columns);

    public static async Task<ParquetInputError> ErrorAsync(string folder, string table, params ColumnSpec[] columns)
    {
        var result = await ParquetTableReader.LoadAsync(folder, table, columns.ToSeq());
        return result.Match(t => throw new XunitException($"expected an error, loaded {t.Frame.Rows.Count} rows"), e => e);
    }

    public static IReadOnlyList<string?> Texts(this LoadedTable table, string column)
    {
        var dictionary = table.Dictionary(column);
        return Ints(table, column).Select(code => code is { } c ? dictionary[c] : null).ToList();
    }

    public static int?[] Ints(this LoadedTable table, string column) =>
        [.. (PrimitiveDataFrameColumn<int>)table.Frame.Columns[column]];

    public static long?[] Longs(this LoadedTable table, string column) =>
        [.. (PrimitiveDataFrameColumn<long>)table.Frame.Columns[column]];

    public static DateOnly?[] Dates(this LoadedTable table, string column) =>
        Ints(table, column).Select(day => day is { } d ? DateOnly.FromDayNumber(d) : (DateOnly?)null).ToArray();
}
