using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Outputs;

/// <summary>A folder <see cref="OutputTarget.Folder"/> allowed a command to replace as a whole; <see cref="Path"/> is resolved.</summary>
public sealed record OutputFolder
{
    internal OutputFolder(string path, OutputKind kind) => (Path, Kind) = (path, kind);

    public string Path { get; }

    public OutputKind Kind { get; }
}

/// <summary>A file <see cref="OutputTarget.File"/> allowed a command to write or replace; <see cref="Path"/> is resolved.</summary>
public sealed record OutputFile
{
    internal OutputFile(string path) => Path = path;

    public string Path { get; }
}

/// <summary>
/// The one rule every command that writes follows: no output may destroy a user's data. Paths are compared
/// after resolving <c>.</c>, <c>..</c> and symbolic links, as the file system will follow them. Refused:
/// an output that is an input of the command (a dataset, shard outputs, a rule-set or costs file), lies
/// inside an input folder or holds an input; an output folder that is a file-system root, is or holds the
/// home or the current folder, or exists, is not empty and lacks this tool's mark (<see cref="ToolMarker"/>);
/// an output file that is a folder. Only <see cref="OutputFolder"/> and <see cref="OutputFile"/> values can
/// be written (<see cref="AtomicFolder"/>, <see cref="AtomicFile"/>), and only this class makes them.
/// </summary>
public static class OutputTarget
{
    /// <summary>The folder <paramref name="output"/>, to be replaced as a whole by a command reading <paramref name="inputs"/>.</summary>
    public static Either<OutputRefusal, OutputFolder> Folder(string output, OutputKind kind, Seq<string> inputs)
    {
        try
        {
            var target = ResolvedPath.Of(output);
            return FirstOf(() => Common(output, target, inputs), () => Places(output, target), () => Existing(output, target, kind))
                .Match(Left<OutputRefusal, OutputFolder>, () => Right<OutputRefusal, OutputFolder>(new OutputFolder(target, kind)));
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            return OutputRefusal.Unresolvable(output, e.Message);
        }
    }

    /// <summary>The file <paramref name="output"/>, to be written (or replaced) by a command reading <paramref name="inputs"/>.</summary>
    public static Either<OutputRefusal, OutputFile> File(string output, Seq<string> inputs)
    {
        try
        {
            var target = ResolvedPath.Of(output);
            var refusal = FirstOf(() => Common(output, target, inputs), () => Directory.Exists(target) ? OutputRefusal.FolderWhereFileExpected(output) : None);
            return refusal.Match(Left<OutputRefusal, OutputFile>, () => Right<OutputRefusal, OutputFile>(new OutputFile(target)));
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            return OutputRefusal.Unresolvable(output, e.Message);
        }
    }

    /// <summary>What a folder and a file output share: never an input, inside one or holding one; a parent that can be a folder.</summary>
    private static Option<OutputRefusal> Common(string output, string target, Seq<string> inputs) =>
        inputs.Filter(input => !string.IsNullOrWhiteSpace(input))
            .Map(input => (Given: input, Resolved: ResolvedPath.Of(input)))
            .Map(input => Relation(output, target, input.Given, input.Resolved))
            .Somes()
            .HeadOrNone()
        || FileAmongParents(output, target);

    /// <summary>The first refusal, each check run only when every earlier one passed.</summary>
    private static Option<OutputRefusal> FirstOf(params Func<Option<OutputRefusal>>[] checks) =>
        checks.Select(check => check()).FirstOrDefault(refusal => refusal.IsSome);

    private static Option<OutputRefusal> Relation(string output, string target, string input, string resolved) =>
        ResolvedPath.AreSame(target, resolved) ? OutputRefusal.IsAnInput(output, input)
        : ResolvedPath.IsWithin(target, resolved) ? OutputRefusal.InsideAnInput(output, input)
        : ResolvedPath.IsWithin(resolved, target) ? OutputRefusal.HoldsAnInput(output, input)
        : None;

    private static Option<OutputRefusal> FileAmongParents(string output, string target)
    {
        for (var parent = Path.GetDirectoryName(target); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (System.IO.File.Exists(parent))
            {
                return OutputRefusal.ParentIsAFile(output, parent);
            }
        }

        return None;
    }

    /// <summary>Folders whose replacement would take far more than an output with it.</summary>
    private static Option<OutputRefusal> Places(string output, string target)
    {
        if (Path.GetPathRoot(target) is { } root && ResolvedPath.AreSame(target.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, root))
        {
            return OutputRefusal.FileSystemRoot(output);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && ResolvedPath.IsWithin(ResolvedPath.Of(home), target))
        {
            return OutputRefusal.HomeFolder(output, home);
        }

        var current = Directory.GetCurrentDirectory();
        return ResolvedPath.IsWithin(ResolvedPath.Of(current), target) ? OutputRefusal.CurrentFolder(output, current) : None;
    }

    /// <summary>An existing folder is replaced only when empty or marked by this tool for the same kind of output.</summary>
    private static Option<OutputRefusal> Existing(string output, string target, OutputKind kind) =>
        System.IO.File.Exists(target) ? OutputRefusal.FileWhereFolderExpected(output)
        : Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !ToolMarker.IsOnFolder(target, kind)
            ? OutputRefusal.NotWrittenByThisTool(output, ToolMarker.FileOf(kind))
        : None;
}
