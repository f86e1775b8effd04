using LanguageExt;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>Reads a table of Parquet files into a <see cref="LoadedTable"/>; every expected failure is a value.</summary>
public static class ParquetTableReader
{
    /// <summary>Finds table <paramref name="table"/> in <paramref name="datasetDirectory"/> and loads the requested columns.</summary>
    public static async Task<Either<ParquetInputError, LoadedTable>> LoadAsync(
        string datasetDirectory, string table, Seq<ColumnSpec> columns, ReadOptions? options = null, CancellationToken ct = default)
    {
        var location = TableLocation.Find(datasetDirectory, table);
        return location.Case is TableLocation found
            ? await LoadAsync(found, columns, options, ct)
            : (ParquetInputError)location.Case;
    }

    /// <summary>Loads the requested columns of every part of <paramref name="location"/>, in part order.</summary>
    public static async Task<Either<ParquetInputError, LoadedTable>> LoadAsync(
        TableLocation location, Seq<ColumnSpec> columns, ReadOptions? options = null, CancellationToken ct = default)
    {
        var settings = options ?? ReadOptions.Default;
        var opened = await ParquetTableStream.OpenAsync(location, columns, settings.Filter, ct);
        return opened.Case is ParquetTableStream stream
            ? await FrameBuilder.BuildAsync(stream, settings.Progress, ct)
            : (ParquetInputError)opened.Case;
    }
}
