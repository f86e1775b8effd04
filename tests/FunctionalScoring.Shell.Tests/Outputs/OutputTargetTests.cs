using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Tests.Parquet;
using LanguageExt;
using static FunctionalScoring.Shell.Outputs.OutputRefusalReason;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Outputs;

/// <summary>
/// The output rule (issue 10) over every relation a path can have to an input: the same folder, a parent, a
/// child, a sibling; reached through a symbolic link or through <c>.</c>, <c>..</c> and trailing slashes.
/// Paths are relative to a tree of the test's own (see the constructor).
/// </summary>
public sealed class OutputTargetTests : IDisposable
{
    private readonly TempFolder root = new();

    public OutputTargetTests()
    {
        File.WriteAllText(root.File("proj/data/usage.parquet"), "the user's data");
        Directory.CreateDirectory(root.File("proj/other"));
        Directory.CreateDirectory(root.File("elsewhere"));
        File.CreateSymbolicLink(root.File("elsewhere/l"), Path.Combine(root.Path, "proj/data"));
        File.CreateSymbolicLink(root.File("to-data"), "proj/data");
        File.CreateSymbolicLink(root.File("to-proj"), "proj");
        File.WriteAllText(root.File("notes/readme.txt"), "mine");
        Directory.CreateDirectory(root.File("empty"));
        File.WriteAllText(root.File("previous/run.json"), """{ "tool": "functional-scoring", "tool_version": "1.0.0" }""");
        File.WriteAllText(root.File("early/run.json"), """{ "tool_version": "1.0.0", "rule_set_hash": "73e512cdccad" }""");
        File.WriteAllText(root.File("foreign/run.json"), """{ "tool": "another-tool" }""");
        File.WriteAllText(root.File("broken/run.json"), "{ not json");
        File.WriteAllText(root.File("generated/generated.json"), """{ "tool": "functional-scoring", "partners": 3 }""");
        File.WriteAllText(root.File("file.txt"), "a file");
        File.WriteAllText(root.File("costs.json"), "{}");
    }

    public void Dispose() => root.Dispose();

    [Theory]
    [InlineData("proj/data", IsAnInput)] // same
    [InlineData("proj/data/", IsAnInput)] // trailing slashes
    [InlineData("proj/data//", IsAnInput)]
    [InlineData("proj/./data", IsAnInput)] // . and ..
    [InlineData("proj/other/../data", IsAnInput)]
    [InlineData("to-data", IsAnInput)] // a symbolic link to the input
    [InlineData("elsewhere/l", IsAnInput)]
    [InlineData("proj", HoldsAnInput)] // parent
    [InlineData(".", HoldsAnInput)]
    [InlineData("proj/data/..", HoldsAnInput)]
    [InlineData("proj/data/../..", HoldsAnInput)]
    [InlineData("to-proj", HoldsAnInput)] // a link to the parent
    [InlineData("to-proj/", HoldsAnInput)]
    [InlineData("proj/data/out", InsideAnInput)] // child
    [InlineData("proj/data/new/deeper", InsideAnInput)]
    [InlineData("to-data/out", InsideAnInput)]
    [InlineData("to-proj/data/out", InsideAnInput)]
    [InlineData("costs.json", IsAnInput)] // an input file
    [InlineData("notes", NotWrittenByThisTool)] // someone else's folder
    [InlineData("foreign", NotWrittenByThisTool)]
    [InlineData("broken", NotWrittenByThisTool)]
    [InlineData("generated", NotWrittenByThisTool)] // a generated dataset is not a run's outputs
    [InlineData("elsewhere", NotWrittenByThisTool)] // holds a link to the input, not the input: still someone's folder
    [InlineData("file.txt", FileWhereFolderExpected)]
    [InlineData("file.txt/out", ParentIsAFile)]
    public void A_run_output_folder_is_refused_for_its_relation_to_the_inputs(string output, OutputRefusalReason reason)
    {
        Assert.Equal(Some(reason), RefusalOfFolder(output, OutputKind.RunOutputs));
    }

    [Theory]
    [InlineData("proj/out")] // sibling
    [InlineData("proj/other")] // existing sibling, empty
    [InlineData("to-proj/out")] // a sibling through a link
    [InlineData("proj/data-out")] // a name that starts like the input's
    [InlineData("proj/DATA")] // another folder: names are compared as the file system does
    [InlineData("empty")]
    [InlineData("previous")] // an earlier run's output, marked
    [InlineData("early")] // an earlier run's output, written before the mark existed
    [InlineData("new/deeper/still")]
    public void A_run_output_folder_outside_every_input_and_new_empty_or_ours_is_allowed(string output)
    {
        Assert.Equal(None, RefusalOfFolder(output, OutputKind.RunOutputs));
    }

    [Theory]
    [InlineData("generated", null)]
    [InlineData("empty", null)]
    [InlineData("previous", NotWrittenByThisTool)]
    [InlineData("early", NotWrittenByThisTool)]
    [InlineData("notes", NotWrittenByThisTool)]
    public void A_generated_dataset_replaces_only_a_dataset_generate_wrote(string output, OutputRefusalReason? reason)
    {
        Assert.Equal(Optional(reason), RefusalOfFolder(output, OutputKind.GeneratedDataset));
    }

    /// <summary>The input given through a link and the output by its real path are still the same folder.</summary>
    [Theory]
    [InlineData("proj/data", IsAnInput)]
    [InlineData("proj", HoldsAnInput)]
    [InlineData("proj/data/out", InsideAnInput)]
    public void An_input_given_through_a_link_is_compared_by_its_real_folder(string output, OutputRefusalReason reason)
    {
        var refusal = OutputTarget.Folder(In(output), OutputKind.RunOutputs, Seq1(In("to-data"))).Swap().ToOption().Map(r => r.Reason);

        Assert.Equal(Some(reason), refusal);
    }

    /// <summary>
    /// A link followed by <c>..</c>: the kernel goes to the parent of the link's target, so <c>elsewhere/l/..</c>
    /// inside a link target is <c>proj</c>. Given on the command line, .NET applies <c>..</c> by name before the
    /// file system sees it (and so does every read of the tool), so there it is <c>elsewhere</c>.
    /// </summary>
    [Fact]
    public void Dot_dot_after_a_link_is_followed_as_the_tool_will_follow_it()
    {
        File.CreateSymbolicLink(root.File("up-from-l"), "elsewhere/l/..");

        Assert.Equal(Some(HoldsAnInput), RefusalOfFolder("up-from-l", OutputKind.RunOutputs));
        Assert.Equal(Some(NotWrittenByThisTool), RefusalOfFolder("elsewhere/l/..", OutputKind.RunOutputs));
    }

    [Fact]
    public void The_refusal_names_the_output_and_the_input_as_given()
    {
        var output = In("proj");
        var input = In("proj/data");

        var refusal = OutputTarget.Folder(output, OutputKind.RunOutputs, Seq1(input));

        Assert.Equal(Left<OutputRefusal, OutputFolder>(OutputRefusal.HoldsAnInput(output, input)), refusal);
        Assert.Equal($"{output} holds the input {input}; replacing it would destroy that input: choose another path", OutputRefusal.HoldsAnInput(output, input).Message);
    }

    [Fact]
    public void The_root_the_home_folder_and_the_current_folder_are_never_an_output_folder()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var current = Directory.GetCurrentDirectory();

        Assert.Equal(Some(FileSystemRoot), Reason(OutputTarget.Folder("/", OutputKind.RunOutputs, Empty)));
        if (home.Length > 0 && home != "/")
        {
            var aboveHome = Path.GetDirectoryName(home)!;
            Assert.Equal(Some(HomeFolder), Reason(OutputTarget.Folder(home, OutputKind.RunOutputs, Empty)));
            Assert.Equal(Some(aboveHome == "/" ? FileSystemRoot : HomeFolder), Reason(OutputTarget.Folder(aboveHome, OutputKind.RunOutputs, Empty)));
        }

        Assert.Equal(Some(PlaceOf(current)), Reason(OutputTarget.Folder(".", OutputKind.RunOutputs, Empty)));
        Assert.Equal(Some(PlaceOf(current)), Reason(OutputTarget.Folder(current + "/", OutputKind.RunOutputs, Empty)));
        Assert.Equal(Some(PlaceOf(Path.GetDirectoryName(current)!)), Reason(OutputTarget.Folder("..", OutputKind.RunOutputs, Empty)));
    }

    [Theory]
    [InlineData("proj/data", IsAnInput)]
    [InlineData("proj/data/report.html", InsideAnInput)]
    [InlineData("to-data/report.html", InsideAnInput)]
    [InlineData("proj/data/../data/usage.parquet", InsideAnInput)]
    [InlineData("costs.json", IsAnInput)]
    [InlineData("empty", FolderWhereFileExpected)]
    [InlineData("file.txt/report.html", ParentIsAFile)]
    [InlineData("proj/report.html", null)]
    [InlineData("file.txt", null)] // an existing file that is no input is replaced
    [InlineData("new/report.html", null)]
    public void An_output_file_is_never_an_input_nor_inside_one_nor_a_folder(string output, OutputRefusalReason? reason)
    {
        var refusal = OutputTarget.File(In(output), Seq(In("proj/data"), In("costs.json"))).Swap().ToOption().Map(r => r.Reason);

        Assert.Equal(Optional(reason), refusal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("out\0put")]
    public void A_path_that_names_nothing_is_refused_not_thrown(string output)
    {
        Assert.Equal(Some(Unresolvable), Reason(OutputTarget.Folder(output, OutputKind.RunOutputs, Empty)));
        Assert.Equal(Some(Unresolvable), OutputTarget.File(output, Empty).Swap().ToOption().Map(r => r.Reason));
    }

    [Fact]
    public void An_empty_input_path_names_no_input()
    {
        Assert.Equal(None, Reason(OutputTarget.Folder(In("proj/out"), OutputKind.RunOutputs, Seq("", " "))));
    }

    [Fact]
    public void A_cycle_of_links_is_refused_not_followed_forever()
    {
        File.CreateSymbolicLink(root.File("loop-a"), "loop-b");
        File.CreateSymbolicLink(root.File("loop-b"), "loop-a");

        Assert.Equal(Some(Unresolvable), RefusalOfFolder("loop-a/out", OutputKind.RunOutputs));
    }

    [Fact]
    public void An_allowed_folder_is_the_resolved_path()
    {
        var folder = OutputTarget.Folder(In("to-proj/out/"), OutputKind.RunOutputs, Seq1(In("proj/data"))).IfLeft(r => throw new InvalidOperationException(r.Message));

        Assert.Equal(Path.Combine(root.Path, "proj", "out"), folder.Path);
    }

    private Option<OutputRefusalReason> RefusalOfFolder(string output, OutputKind kind) =>
        Reason(OutputTarget.Folder(In(output), kind, Seq(In("proj/data"), In("costs.json"))));

    private static Option<OutputRefusalReason> Reason(Either<OutputRefusal, OutputFolder> result) =>
        result.Swap().ToOption().Map(r => r.Reason);

    /// <summary>Which of the protected places a folder holding <paramref name="folder"/> is refused as, in the rule's order.</summary>
    private static OutputRefusalReason PlaceOf(string folder)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return folder == "/" ? FileSystemRoot
            : home.Length > 0 && (home + "/").StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal) ? HomeFolder
            : CurrentFolder;
    }

    /// <summary>A path under the test's tree, written as given (slashes, dots and all).</summary>
    private string In(string relative) => root.Path + "/" + relative;
}
