using System.Text.RegularExpressions;

namespace FunctionalScoring.Shell.Outputs;

/// <summary>
/// The names of the temporary siblings an output is written through (<see cref="AtomicFolder"/>,
/// <see cref="AtomicFile"/>): <c>.NAME.tmp-GUID</c> while it is written (a Parquet file first as
/// <c>.NAME.tmp-GUID.partial</c>), <c>NAME.old-GUID</c> for the previous output while it is swapped out.
/// A run that is killed leaves them behind; the next run writing NAME removes them, and only them.
/// </summary>
internal static class TemporaryNames
{
    public static string Staging(string target) => Sibling(target, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");

    public static string Aside(string target) => Sibling(target, $"{Path.GetFileName(target)}.old-{Guid.NewGuid():N}");

    /// <summary>Removes what killed runs writing <paramref name="target"/> left beside it; names of any other shape are never touched.</summary>
    public static void RemoveLeftovers(string target)
    {
        var folder = Path.GetDirectoryName(target);
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        var name = Regex.Escape(Path.GetFileName(target));
        var pattern = new Regex($@"^(\.{name}\.tmp-[0-9a-f]{{32}}(\.partial)?|{name}\.old-[0-9a-f]{{32}})$", RegexOptions.CultureInvariant);
        foreach (var leftover in Directory.EnumerateFileSystemEntries(folder).Where(path => pattern.IsMatch(Path.GetFileName(path))))
        {
            Remove(leftover);
        }
    }

    /// <summary>Best effort: a leftover that cannot be removed now is harmless, says what it is, and is tried again next run.</summary>
    public static void Remove(string path)
    {
        try
        {
            if (Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null)
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static string Sibling(string target, string name) => Path.Combine(Path.GetDirectoryName(target) ?? ".", name);
}
