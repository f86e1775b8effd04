using LanguageExt;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>Row group <see cref="Index"/> of a part: its rows from <see cref="FirstRow"/> on, and whether to skip it.</summary>
internal sealed record RowGroupPlan(int Index, long FirstRow, int Rows, bool Skip);

/// <summary>What will be read of one part file, decided from its footer before any data page is touched.</summary>
internal sealed record PartPlan(SourcePart Part, Seq<RowGroupPlan> RowGroups, bool Unopened = false)
{
    /// <summary>A part skipped by its partition folder alone: its file was never opened, its rows are unknown (R29).</summary>
    public static PartPlan NotOpened(SourcePart part) => new(part, LanguageExt.Seq<RowGroupPlan>.Empty, Unopened: true);

    public long Rows => RowGroups.Sum(g => (long)g.Rows);

    public long SkippedRows => RowGroups.Filter(g => g.Skip).Sum(g => (long)g.Rows);

    /// <summary>Provenance of this part when its decoded rows start at <paramref name="firstRow"/> of the frame.</summary>
    public SourceFile ToSource(long firstRow)
    {
        var ranges = new List<LoadedRange>();
        var frameRow = firstRow;
        foreach (var group in RowGroups.Filter(g => !g.Skip))
        {
            ranges.Add(new LoadedRange(frameRow, group.FirstRow, group.Rows));
            frameRow += group.Rows;
        }

        return new SourceFile(Part.Path, Part.Name, Rows, SkippedRows, firstRow, ranges.ToSeq().Strict(), !Unopened);
    }

    /// <summary>The provenance of every part, their decoded rows laid end to end in part order.</summary>
    public static Seq<SourceFile> Sources(Seq<PartPlan> parts)
    {
        var sources = new List<SourceFile>(parts.Count);
        var firstRow = 0L;
        foreach (var part in parts)
        {
            var source = part.ToSource(firstRow);
            sources.Add(source);
            firstRow += source.LoadedRows;
        }

        return sources.ToSeq().Strict();
    }
}
