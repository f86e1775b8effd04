namespace FunctionalScoring.Shell.Outputs;

/// <summary>
/// A path as this tool's own reads and writes will reach it: made absolute and its <c>.</c> and <c>..</c>
/// applied as .NET applies them before every file-system call (<see cref="Path.GetFullPath(string)"/>, by
/// name), then every symbolic link on the way replaced by its target. A link's target is followed as the
/// kernel follows it: relative to the link's folder, its own <c>..</c> applied after the links before it.
/// Parts that do not exist yet are kept as written.
/// </summary>
internal static class ResolvedPath
{
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>How this file system compares names: case-sensitively on Linux, not on Windows and macOS by default.</summary>
    public static StringComparison Comparison { get; } = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <exception cref="IOException">A cycle of symbolic links.</exception>
    public static string Of(string path) => Resolve(Path.GetFullPath(path), Path.DirectorySeparatorChar.ToString(), 0);

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies anywhere inside it (both resolved).</summary>
    public static bool IsWithin(string path, string folder)
    {
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return string.Equals(path, folder, Comparison) || path.StartsWith(prefix, Comparison);
    }

    public static bool AreSame(string a, string b) => string.Equals(a, b, Comparison);

    private static string Resolve(string path, string relativeTo, int links)
    {
        var absolute = Path.IsPathFullyQualified(path) ? path : Path.Combine(relativeTo, path);
        var root = Path.GetPathRoot(absolute) ?? Path.DirectorySeparatorChar.ToString();
        var current = root;
        foreach (var part in absolute[root.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (links >= MaxLinks)
                {
                    throw new IOException($"{next}: too many levels of symbolic links");
                }

                // The target may itself hold links and '..': resolved from the folder holding the link.
                next = Resolve(target, current, links + 1);
            }

            current = next;
        }

        return current;
    }
}
