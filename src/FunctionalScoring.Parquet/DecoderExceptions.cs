namespace FunctionalScoring.Parquet;

/// <summary>
/// Thrown inside the decoder when the bytes break the format; <see cref="ColumnChunkDecoder"/> turns
/// it into a <see cref="CorruptChunk"/> naming the page, and it never leaves the library.
/// </summary>
internal sealed class CorruptDataException(string reason) : Exception(reason);

/// <summary>
/// Thrown inside the decoder when valid bytes use a feature it does not read; turned into an
/// <see cref="UnsupportedChunk"/>, and it never leaves the library.
/// </summary>
internal sealed class UnsupportedDataException(string feature) : Exception(feature);
