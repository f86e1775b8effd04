namespace FunctionalScoring.Parquet;

/// <summary>
/// What one row of a decoded chunk holds. A row that is not <see cref="Present"/> holds <c>0</c> in
/// the value buffer, except <see cref="InvalidText"/>, which holds the interner's negative code.
/// </summary>
public enum ValueState : byte
{
    /// <summary>The row is null (its definition level is below the maximum).</summary>
    Null = 0,

    /// <summary>The row holds a value.</summary>
    Present = 1,

    /// <summary>
    /// The stored value is valid Parquet but cannot be represented in the target: a date outside
    /// <see cref="DateOnly"/>'s range (before 0001-01-01 or after 9999-12-31), or an UINT64 above
    /// <see cref="long.MaxValue"/>. The caller rejects the row; the chunk is not corrupt.
    /// </summary>
    OutOfRange = 2,

    /// <summary>The interner refused the bytes (e.g. <see cref="Utf8Interner"/>: not valid UTF-8).</summary>
    InvalidText = 3,
}
