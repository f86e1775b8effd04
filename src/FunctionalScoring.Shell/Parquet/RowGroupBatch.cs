using LanguageExt;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// One row group of one part file: rows <see cref="FirstRowInFile"/> .. +<see cref="RowCount"/> of
/// <see cref="Part"/> (0-based). A <see cref="Skipped"/> batch was pruned by its statistics and has no columns.
/// </summary>
public sealed record RowGroupBatch(
    SourcePart Part,
    int PartIndex,
    int RowGroup,
    long FirstRowInFile,
    int RowCount,
    bool Skipped,
    Seq<BatchColumn> Columns)
{
    /// <summary>The column of the spec named <paramref name="name"/>.</summary>
    public BatchColumn Column(string name) => Columns.Find(c => c.Spec.Name == name)
        .IfNone(() => throw new ArgumentException($"column '{name}' was not requested", nameof(name)));
}
