namespace FunctionalScoring.Parquet;

/// <summary>
/// What the decoder needs to know about one column chunk of one row group, taken from the file's
/// footer (see <see cref="ParquetNetChunks.TryDescribe"/> for Parquet.Net's footer objects).
/// The chunk's bytes are <c>[Start, Start + Length)</c> of the file.
/// </summary>
/// <param name="Column">The column's dotted path, for messages.</param>
/// <param name="Type">The physical type.</param>
/// <param name="TypeLength">The byte length of a FIXED_LEN_BYTE_ARRAY value; 0 otherwise.</param>
/// <param name="Codec">How the pages are compressed.</param>
/// <param name="MaxDefinitionLevel">0 for a required column, 1 for an optional top-level one; more is nesting.</param>
/// <param name="MaxRepetitionLevel">0 unless the column is repeated (refused).</param>
/// <param name="ValueCount">How many values (nulls included) the chunk holds: one per row for a flat column.</param>
/// <param name="Meaning">What the values stand for.</param>
/// <param name="Start">The file offset of the chunk's first page (the dictionary page when there is one).</param>
/// <param name="Length">The chunk's compressed size in bytes.</param>
public sealed record ChunkDescriptor(
    string Column,
    PhysicalType Type,
    int TypeLength,
    CompressionCodec Codec,
    int MaxDefinitionLevel,
    int MaxRepetitionLevel,
    long ValueCount,
    ValueMeaning Meaning,
    long Start,
    long Length);
