namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// An output file written under a <c>.partial</c> name and moved into place by <see cref="CommitAsync"/>:
/// disposed before that, it is removed, so a failed write never leaves a file that looks whole.
/// </summary>
internal sealed class PartialFile : IAsyncDisposable
{
    private readonly string path;
    private bool committed;

    public PartialFile(string path, int bufferSize = 4096)
    {
        this.path = path;
        Stream = new FileStream(path + ".partial", FileMode.Create, FileAccess.Write, FileShare.None, bufferSize);
    }

    public FileStream Stream { get; }

    /// <summary>Closes the stream and moves the file into place, replacing what was there.</summary>
    public async Task CommitAsync()
    {
        await Stream.DisposeAsync();
        File.Move(Stream.Name, path, overwrite: true);
        committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
        if (!committed)
        {
            File.Delete(Stream.Name);
        }
    }
}
