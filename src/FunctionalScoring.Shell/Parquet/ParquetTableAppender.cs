using LanguageExt;
using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// A Parquet file written one row group at a time, for tables too big to hold whole. Writing a frame
/// in row groups of N rows through <c>ParquetTableWriter.WriteAsync</c> and appending the same
/// rows in the same groups here give identical bytes: both go through this class. Nothing is left
/// behind unless <see cref="CompleteAsync"/> runs.
/// </summary>
public sealed class ParquetTableAppender : IAsyncDisposable
{
    private readonly Seq<OutputColumn> columns;
    private readonly DataField[] fields;
    private readonly string path;
    private readonly string partial;
    private readonly FileStream stream;
    private readonly ParquetWriter writer;
    private bool completed;

    private ParquetTableAppender(Seq<OutputColumn> columns, DataField[] fields, string path, string partial, FileStream stream, ParquetWriter writer) =>
        (this.columns, this.fields, this.path, this.partial, this.stream, this.writer) = (columns, fields, path, partial, stream, writer);

    /// <summary>
    /// Parquet.Net's defaults, but its stream pool may keep only 1 MiB of small and 8 MiB of large free buffers
    /// (defaults 16 and 64 MiB, kept for the life of the process): measured on bench L when evidence was written
    /// here, the pool otherwise held about 80 MiB after the last row group.
    /// </summary>
    private static readonly ParquetOptions WriterOptions = new() { MaximumSmallPoolFreeBytes = 1 << 20, MaximumLargePoolFreeBytes = 8 << 20 };

    public static async Task<ParquetTableAppender> CreateAsync(Seq<OutputColumn> columns, string path, CancellationToken ct = default)
    {
        var fields = ParquetTableWriter.Fields(columns);
        var partial = path + ".partial";
        var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None);
        try
        {
            var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, WriterOptions, false, ct);
            return new ParquetTableAppender(columns, fields, path, partial, stream, writer);
        }
        catch
        {
            await stream.DisposeAsync();
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>Rows [start, start + count) of <paramref name="frame"/> as one row group.</summary>
    public Task AppendAsync(DataFrame frame, int start, int count, CancellationToken ct = default) =>
        AppendAsync(new FrameRowGroup(frame, columns, start, count), ct);

    /// <summary><paramref name="rows"/> as one row group; every source of rows writes through here.</summary>
    public async Task AppendAsync(IRowGroupValues rows, CancellationToken ct = default)
    {
        using var rowGroup = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            await ColumnWriting.WriteAsync(rowGroup, fields[i], columns[i].Type, rows.Column(i), ct);
        }
    }

    /// <summary>Writes the footer and moves the file into place.</summary>
    public async Task CompleteAsync()
    {
        await writer.DisposeAsync();
        await stream.DisposeAsync();
        File.Move(partial, path, overwrite: true);
        completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!completed)
        {
            await writer.DisposeAsync();
            await stream.DisposeAsync();
            File.Delete(partial);
        }
    }
}
