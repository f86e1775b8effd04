using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Tests.Parquet;

namespace FunctionalScoring.Shell.Tests.Outputs;

/// <summary>
/// <see cref="ResolvedPath"/> against the system's own <c>realpath</c> (GNU coreutils, <c>-m</c>: missing parts
/// allowed) over random walks through a tree of folders and links: relative and absolute links, a link to a
/// link, a link to its own parent, and a link whose target has a link followed by <c>..</c>.
/// </summary>
public sealed class ResolvedPathTests : IClassFixture<ResolvedPathTests.LinkTree>
{
    private static readonly string[] Steps = ["a", "b", "c", "l1", "l2", "l3", "up", "l1l", "..", ".", "new", ""];

    private readonly LinkTree tree;

    public ResolvedPathTests(LinkTree tree) => this.tree = tree;

    /// <summary>R/a/b, R/c; a/l1 → ../c, c/l2 → R/a/b (absolute), a/b/l3 → ../l1 (a link to a link), c/up → .., c/l1l → l2/.. (kernel: R/a).</summary>
    public sealed class LinkTree : IDisposable
    {
        public LinkTree()
        {
            Directory.CreateDirectory(Folder.File("a/b"));
            Directory.CreateDirectory(Folder.File("c"));
            File.CreateSymbolicLink(Folder.File("a/l1"), "../c");
            File.CreateSymbolicLink(Folder.File("c/l2"), Path.Combine(Folder.Path, "a", "b"));
            File.CreateSymbolicLink(Folder.File("a/b/l3"), "../l1");
            File.CreateSymbolicLink(Folder.File("c/up"), "..");
            File.CreateSymbolicLink(Folder.File("c/l1l"), "l2/..");
        }

        public TempFolder Folder { get; } = new();

        public void Dispose() => Folder.Dispose();
    }

    [Property(MaxTest = 150)]
    public Property A_path_resolves_as_realpath_resolves_it_after_dotnet_applies_its_dots()
    {
        var walks = Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Gen.Elements(Steps), n)).ToArbitrary();
        return Prop.ForAll(walks, steps =>
        {
            var path = tree.Folder.Path + "/" + string.Join("/", steps);
            var full = Path.GetFullPath(path);
            var resolved = ResolvedPath.Of(path);
            return (resolved == RealPath(full))
                .Classify(resolved != full, "crosses a link")
                .Classify(steps.Contains("new"), "has a missing part")
                .Label($"{path} → {resolved}, realpath {RealPath(full)}");
        });
    }

    [Fact]
    public void A_link_whose_target_climbs_after_a_link_lands_where_the_kernel_lands()
    {
        Assert.Equal(Path.Combine(tree.Folder.Path, "a"), ResolvedPath.Of(tree.Folder.File("c/l1l")));
    }

    private static string RealPath(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("realpath", ["-m", "--", path]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd().TrimEnd('\n');
        process.WaitForExit();
        return output;
    }
}
