namespace FunctionalScoring.Shell.Outputs;

/// <summary>Why an output path was refused before anything was written (<see cref="OutputTarget"/>).</summary>
public enum OutputRefusalReason
{
    IsAnInput,
    InsideAnInput,
    HoldsAnInput,
    FileSystemRoot,
    HomeFolder,
    CurrentFolder,
    NotWrittenByThisTool,
    FileWhereFolderExpected,
    FolderWhereFileExpected,
    ParentIsAFile,
    Unresolvable,
}

/// <summary>An output path the tool will not write, as a value, with the message that names the path and the cause.</summary>
public sealed record OutputRefusal(OutputRefusalReason Reason, string Message)
{
    private const string Advice = "choose another path";

    public static OutputRefusal IsAnInput(string output, string input) =>
        new(OutputRefusalReason.IsAnInput, $"{output} is an input of this command ({input}); writing there would destroy it: {Advice}");

    public static OutputRefusal InsideAnInput(string output, string input) =>
        new(OutputRefusalReason.InsideAnInput, $"{output} lies inside the input folder {input}; outputs never go into an input: {Advice}");

    public static OutputRefusal HoldsAnInput(string output, string input) =>
        new(OutputRefusalReason.HoldsAnInput, $"{output} holds the input {input}; replacing it would destroy that input: {Advice}");

    public static OutputRefusal FileSystemRoot(string output) =>
        new(OutputRefusalReason.FileSystemRoot, $"{output} is the root of a file system; an output folder is replaced as a whole: {Advice}");

    public static OutputRefusal HomeFolder(string output, string home) =>
        new(OutputRefusalReason.HomeFolder, $"{output} is or holds your home folder ({home}); an output folder is replaced as a whole: {Advice}");

    public static OutputRefusal CurrentFolder(string output, string current) =>
        new(OutputRefusalReason.CurrentFolder, $"{output} is or holds the current folder ({current}); an output folder is replaced as a whole: {Advice}");

    public static OutputRefusal NotWrittenByThisTool(string output, string marker) =>
        new(OutputRefusalReason.NotWrittenByThisTool,
            $"{output} already exists, is not empty and was not written by this command (it has no {marker} of functional-scoring); "
            + $"an output folder is replaced as a whole, so it is left untouched: {Advice}, an empty folder, or remove it yourself");

    public static OutputRefusal FileWhereFolderExpected(string output) =>
        new(OutputRefusalReason.FileWhereFolderExpected, $"{output} is a file; --out names a folder here: {Advice}");

    public static OutputRefusal FolderWhereFileExpected(string output) =>
        new(OutputRefusalReason.FolderWhereFileExpected, $"{output} is a folder; --out names the file to write here: {Advice}");

    public static OutputRefusal ParentIsAFile(string output, string parent) =>
        new(OutputRefusalReason.ParentIsAFile, $"{output} cannot be created: {parent} is a file, not a folder: {Advice}");

    public static OutputRefusal Unresolvable(string output, string detail) =>
        new(OutputRefusalReason.Unresolvable, $"{output} cannot be followed to a folder ({detail}): {Advice}");

    public override string ToString() => Message;
}
