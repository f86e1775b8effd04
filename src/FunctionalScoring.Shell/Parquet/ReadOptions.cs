using LanguageExt;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// Row-group pruning on one requested <see cref="ColumnKind.Date"/> column (R29): a row group whose trusted
/// statistics give <c>Keep(minDayNumber, maxDayNumber) == false</c> is not decoded and its rows are counted as
/// skipped. Only DATE statistics are trusted; TIMESTAMP row groups, and any without statistics, are always decoded.
/// </summary>
public sealed record RowGroupFilter(string Column, Func<int, int, bool> Keep);

/// <summary>How far a read has got: rows decoded or skipped so far, out of all rows of the table's files.</summary>
public readonly record struct ReadProgress(long RowsDone, long RowsTotal);

/// <summary>Optional knobs of a table read.</summary>
public sealed record ReadOptions(Option<RowGroupFilter> Filter = default, Option<Action<ReadProgress>> Progress = default)
{
    public static ReadOptions Default { get; } = new();
}
