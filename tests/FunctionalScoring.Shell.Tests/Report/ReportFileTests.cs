using FunctionalScoring.Shell.Report;
using FunctionalScoring.Shell.Tests.Outputs;
using FunctionalScoring.Shell.Tests.Parquet;

namespace FunctionalScoring.Shell.Tests.Report;

/// <summary>The report file is replaced whole: a temporary sibling, then a move.</summary>
public sealed class ReportFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Writing_replaces_an_older_report_and_leaves_no_temporary_file()
    {
        var target = folder.File("out/report.html");
        await File.WriteAllTextAsync(target, "old");

        await ReportFile.WriteAsync(Allowed.File(target), "<!DOCTYPE html>new");

        Assert.Equal("<!DOCTYPE html>new", await File.ReadAllTextAsync(target));
        Assert.Equal(["report.html"], Directory.GetFiles(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task The_folder_is_created_and_the_text_is_utf8_without_a_byte_order_mark()
    {
        var target = Path.Combine(folder.Path, "new", "deeper", "report.html");

        await ReportFile.WriteAsync(Allowed.File(target), "ü");

        Assert.Equal([0xC3, 0xBC], await File.ReadAllBytesAsync(target));
    }
}
