using System.Text;

namespace FunctionalScoring.Shell.Report;

/// <summary>
/// Writes the report all at once or not at all: to a temporary sibling first, then moved over the
/// target, so a reader never opens a half-written page and a failed run leaves the old one.
/// </summary>
public static class ReportFile
{
    public static async Task WriteAsync(string target, string html, CancellationToken ct = default)
    {
        var full = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(folder);
        var staging = Path.Combine(folder, $".{Path.GetFileName(full)}.tmp-{Guid.NewGuid():N}");
        try
        {
            await File.WriteAllTextAsync(staging, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), ct);
            File.Move(staging, full, overwrite: true);
        }
        catch
        {
            File.Delete(staging);
            throw;
        }
    }
}
