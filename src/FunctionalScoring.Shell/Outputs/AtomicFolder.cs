namespace FunctionalScoring.Shell.Outputs;

/// <summary>
/// Writes a folder all at once or not at all: everything goes to a temporary sibling first, which
/// replaces the target only after every file was written. A failed run leaves the previous
/// output (or nothing) in place, never a half-written folder.
/// </summary>
public static class AtomicFolder
{
    public static async Task WriteAsync(string target, Func<string, Task> writeInto)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            await writeInto(staging);
            Replace(full, staging);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    /// <summary>Swaps the staged folder in; the old folder is moved aside first and removed last.</summary>
    private static void Replace(string target, string staging)
    {
        var previous = target + $".old-{Guid.NewGuid():N}";
        var hadPrevious = Directory.Exists(target);
        if (hadPrevious)
        {
            Directory.Move(target, previous);
        }

        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            if (hadPrevious)
            {
                Directory.Move(previous, target);
            }

            throw;
        }

        if (hadPrevious)
        {
            TryDelete(previous);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover hidden temporary folder is harmless and says what it is.
        }
    }
}
