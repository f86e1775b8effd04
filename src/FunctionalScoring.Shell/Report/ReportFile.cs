using System.Text;
using FunctionalScoring.Shell.Outputs;

namespace FunctionalScoring.Shell.Report;

/// <summary>
/// Writes the report all at once or not at all (<see cref="AtomicFile"/>), so a reader never opens a
/// half-written page and a failed run leaves the old one. UTF-8 without a byte-order mark.
/// </summary>
public static class ReportFile
{
    public static Task WriteAsync(OutputFile target, string html, CancellationToken ct = default) =>
        AtomicFile.WriteAsync(target, staging => File.WriteAllTextAsync(staging, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), ct));
}
