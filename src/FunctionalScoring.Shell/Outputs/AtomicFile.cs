namespace FunctionalScoring.Shell.Outputs;

/// <summary>
/// Writes a file all at once or not at all: to a temporary sibling first, then moved over the target, so a
/// reader never opens a half-written file and a failed run leaves the old one. Only a file the output rule
/// allowed can be written (<see cref="OutputTarget.File"/>).
/// </summary>
public static class AtomicFile
{
    public static async Task WriteAsync(OutputFile target, Func<string, Task> writeTo)
    {
        var full = target.Path;
        Directory.CreateDirectory(Path.GetDirectoryName(full) ?? ".");
        TemporaryNames.RemoveLeftovers(full);
        var staging = TemporaryNames.Staging(full);
        try
        {
            await writeTo(staging);
            File.Move(staging, full, overwrite: true);
        }
        catch
        {
            TemporaryNames.Remove(staging);
            throw;
        }
    }
}
