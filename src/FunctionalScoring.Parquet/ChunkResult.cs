namespace FunctionalScoring.Parquet;

/// <summary>The outcome of decoding one column chunk: <see cref="ChunkDecoded"/> or a <see cref="ChunkError"/>.</summary>
public abstract record ChunkResult
{
    private protected ChunkResult()
    {
    }
}

/// <summary>
/// The chunk's rows are in the caller's buffers: <paramref name="Rows"/> rows, of which
/// <paramref name="Nulls"/> are null and <paramref name="Rejected"/> hold a value the target cannot
/// take (see <see cref="ValueState"/>); when <paramref name="Rejected"/> is 0 no row needs a look.
/// </summary>
public sealed record ChunkDecoded(int Rows, int Nulls, int Rejected) : ChunkResult;

/// <summary>Why a chunk was not decoded. Nothing written to the caller's buffers is meaningful then.</summary>
public abstract record ChunkError(string Column) : ChunkResult
{
    /// <summary>A sentence for a person: the column, and what is wrong or missing.</summary>
    public abstract string Message { get; }
}

/// <summary>
/// The chunk's bytes cannot be read as Parquet: a bad page header, a failed decompression, a CRC
/// mismatch, sizes that do not add up, bit widths out of range.
/// </summary>
/// <param name="Column">The column's path.</param>
/// <param name="Page">The 0-based index of the page in the chunk; null when the footer's own description of the chunk is wrong.</param>
/// <param name="Offset">The byte offset of that page's header within the chunk.</param>
/// <param name="Reason">What does not add up, for a person.</param>
public sealed record CorruptChunk(string Column, int? Page, long Offset, string Reason) : ChunkError(Column)
{
    /// <inheritdoc/>
    public override string Message => Page is { } page
        ? $"column '{Column}' is corrupt: page {page} (byte {Offset} of the column chunk): {Reason}"
        : $"column '{Column}' is corrupt: {Reason}";
}

/// <summary>
/// The chunk is valid Parquet that this decoder does not read (an encoding for a type, a codec, a
/// nested column): <paramref name="Feature"/> names it.
/// </summary>
public sealed record UnsupportedChunk(string Column, string Feature) : ChunkError(Column)
{
    /// <inheritdoc/>
    public override string Message => $"column '{Column}' uses {Feature}, which this reader does not decode";
}
