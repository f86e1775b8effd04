namespace FunctionalScoring.Shell.Parquet;

/// <summary>What the shell needs a column to be, whatever the Parquet file's own encoding of it.</summary>
public enum ColumnKind
{
    /// <summary>A UTF-8 string (BYTE_ARRAY); loaded as dictionary codes (<c>int</c>) plus a <c>string[]</c>.</summary>
    Text,

    /// <summary>INT32 or INT64; loaded as <c>long</c>.</summary>
    Integer,

    /// <summary>DATE or TIMESTAMP (its UTC date); loaded as <see cref="DateOnly.DayNumber"/> (<c>int</c>).</summary>
    Date,
}
