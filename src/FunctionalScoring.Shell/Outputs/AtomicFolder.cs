namespace FunctionalScoring.Shell.Outputs;

/// <summary>
/// Writes a folder all at once or not at all: everything goes to a temporary sibling first, which
/// replaces the target only after every file was written. A failed run leaves the previous
/// output (or nothing) in place, never a half-written folder; a killed run's leftovers are removed
/// by the next run (<see cref="TemporaryNames"/>). Only a folder the output rule allowed can be
/// written (<see cref="OutputTarget.Folder"/>).
/// </summary>
public static class AtomicFolder
{
    public static async Task WriteAsync(OutputFolder target, Func<string, Task> writeInto)
    {
        var full = target.Path;
        Directory.CreateDirectory(Path.GetDirectoryName(full) ?? ".");
        TemporaryNames.RemoveLeftovers(full);
        var staging = TemporaryNames.Staging(full);
        Directory.CreateDirectory(staging);
        try
        {
            await writeInto(staging);
            Replace(full, staging);
        }
        catch
        {
            TemporaryNames.Remove(staging);
            throw;
        }
    }

    /// <summary>Swaps the staged folder in; the old folder is moved aside first and removed last.</summary>
    private static void Replace(string target, string staging)
    {
        var previous = TemporaryNames.Aside(target);
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
            TemporaryNames.Remove(previous);
        }
    }
}
