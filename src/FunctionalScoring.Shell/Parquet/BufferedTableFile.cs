using FunctionalScoring.Parquet;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// A Parquet file written with FunctionalScoring.Parquet's <see cref="ParquetFileWriter"/> a
/// <see cref="RowGroupBuffer"/> at a time, under a <c>.partial</c> name until <see cref="CompleteAsync"/>
/// moves it into place; given up, it leaves nothing behind (as <see cref="ParquetTableAppender"/>).
/// </summary>
internal sealed class BufferedTableFile : IAsyncDisposable
{
    private readonly string path;
    private readonly string partial;
    private readonly FileStream stream;
    private readonly ParquetFileWriter writer;
    private bool completed;

    private BufferedTableFile(string path, string partial, FileStream stream, ParquetFileWriter writer) =>
        (this.path, this.partial, this.stream, this.writer) = (path, partial, stream, writer);

    public static BufferedTableFile Create(RowGroupBuffer rows, string path)
    {
        var partial = path + ".partial";
        // Pages are written whole; the buffer gathers their small headers.
        var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        try
        {
            return new BufferedTableFile(path, partial, stream, new ParquetFileWriter(stream, rows.WriterColumns));
        }
        catch
        {
            stream.Dispose();
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>The buffer's rows as the next row group.</summary>
    public void Append(RowGroupBuffer rows) => rows.WriteTo(writer);

    /// <summary>Writes the footer and moves the file into place.</summary>
    public async Task CompleteAsync()
    {
        writer.Complete();
        writer.Dispose();
        await stream.DisposeAsync();
        File.Move(partial, path, overwrite: true);
        completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!completed)
        {
            writer.Dispose();
            await stream.DisposeAsync();
            File.Delete(partial);
        }
    }
}
