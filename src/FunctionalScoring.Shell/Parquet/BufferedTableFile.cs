using FunctionalScoring.Parquet;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// A Parquet file written with FunctionalScoring.Parquet's <see cref="ParquetFileWriter"/> a
/// <see cref="RowGroupBuffer"/> at a time, as a <see cref="PartialFile"/> until <see cref="CompleteAsync"/>.
/// </summary>
internal sealed class BufferedTableFile : IAsyncDisposable
{
    private readonly PartialFile file;
    private readonly ParquetFileWriter writer;

    private BufferedTableFile(PartialFile file, ParquetFileWriter writer) => (this.file, this.writer) = (file, writer);

    public static async Task<BufferedTableFile> CreateAsync(RowGroupBuffer rows, string path)
    {
        // Pages are written whole; the buffer gathers their small headers.
        var file = new PartialFile(path, 1 << 16);
        try
        {
            return new BufferedTableFile(file, new ParquetFileWriter(file.Stream, rows.WriterColumns));
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>The buffer's rows as the next row group.</summary>
    public void Append(RowGroupBuffer rows) => rows.WriteTo(writer);

    /// <summary>Writes the footer and moves the file into place.</summary>
    public async Task CompleteAsync()
    {
        writer.Complete();
        await file.CommitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        writer.Dispose();
        await file.DisposeAsync();
    }
}
