using LanguageExt;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>Rows <see cref="FileRow"/> .. +<see cref="Count"/> of a file (0-based) sit at <see cref="FrameRow"/> .. in the frame.</summary>
public sealed record LoadedRange(long FrameRow, long FileRow, long Count);

/// <summary>
/// Provenance of one part file: its <see cref="Rows"/>, of which <see cref="SkippedRows"/> were pruned unread;
/// the others sit from <see cref="FirstRow"/> on in the frame, in the <see cref="Ranges"/> of the row groups read.
/// </summary>
public sealed record SourceFile(string Path, string Name, long Rows, long SkippedRows, long FirstRow, Seq<LoadedRange> Ranges, bool Opened = true)
{
    public long LoadedRows => Rows - SkippedRows;

    /// <summary>The 0-based row of this file that frame row <paramref name="frameRow"/> came from, if it did.</summary>
    public Option<long> RowInFile(long frameRow) =>
        Ranges.Find(r => frameRow >= r.FrameRow && frameRow < r.FrameRow + r.Count)
            .Map(r => r.FileRow + (frameRow - r.FrameRow));
}
