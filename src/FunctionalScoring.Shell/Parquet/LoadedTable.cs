using LanguageExt;
using Microsoft.Data.Analysis;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// A table read into a <see cref="DataFrame"/> holding exactly the requested columns: text as
/// <c>PrimitiveDataFrameColumn&lt;int&gt;</c> codes into <see cref="Dictionaries"/>, dates as
/// <c>PrimitiveDataFrameColumn&lt;int&gt;</c> of <see cref="DateOnly.DayNumber"/>, integers as
/// <c>PrimitiveDataFrameColumn&lt;long&gt;</c>; nulls stay nulls. <see cref="Files"/> maps frame rows back to files.
/// </summary>
public sealed record LoadedTable(string Table, DataFrame Frame, Map<string, string[]> Dictionaries, Seq<SourceFile> Files)
{
    /// <summary>Rows of all files, read or skipped: what R28's used + ignored + rejected must add up to.</summary>
    public long RowsRead => Files.Sum(f => f.Rows);

    /// <summary>Rows pruned unread by the row-group filter (R29: ignored as outside the window).</summary>
    public long SkippedRows => Files.Sum(f => f.SkippedRows);

    /// <summary>The text of each code of a <see cref="ColumnKind.Text"/> column.</summary>
    public string[] Dictionary(string column) => Dictionaries.Find(column)
        .IfNone(() => throw new ArgumentException($"'{column}' is not a text column of {Table}", nameof(column)));

    /// <summary>The file and 0-based row within it that frame row <paramref name="frameRow"/> came from.</summary>
    public Option<(SourceFile File, long Row)> Locate(long frameRow)
    {
        // Files are in frame order, so the last one starting at or before the row holds it (binary search).
        int lo = 0, hi = Files.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (Files[mid].FirstRow <= frameRow)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            return None;
        }

        var file = Files[found];
        return file.RowInFile(frameRow).Map(row => (file, row));
    }
}
