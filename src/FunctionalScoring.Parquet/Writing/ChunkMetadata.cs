using Enc = FunctionalScoring.Parquet.Encodings.Encoding;

namespace FunctionalScoring.Parquet.Writing;

/// <summary>What the footer records of one written column chunk (<c>ColumnMetaData</c>).</summary>
/// <param name="Column">The column.</param>
/// <param name="Values">Values in the chunk, nulls included: one per row.</param>
/// <param name="DictionaryPageOffset">The dictionary page's offset, when the chunk has one (it then starts the chunk).</param>
/// <param name="DataPageOffset">The first data page's offset.</param>
/// <param name="UncompressedBytes">Pages and their headers before compression.</param>
/// <param name="CompressedBytes">Pages and their headers as stored.</param>
/// <param name="DataEncoding">PLAIN or RLE_DICTIONARY: the encoding of every data page.</param>
/// <param name="DataPages">How many data pages the chunk has.</param>
/// <param name="Statistics">Its bounds and null count.</param>
internal sealed record ChunkMetadata(
    WriterColumn Column,
    long Values,
    long? DictionaryPageOffset,
    long DataPageOffset,
    long UncompressedBytes,
    long CompressedBytes,
    int DataEncoding,
    int DataPages,
    ChunkStatistics Statistics)
{
    /// <summary>Where the chunk's bytes start.</summary>
    public long Start => DictionaryPageOffset ?? DataPageOffset;

    /// <summary>Every encoding a reader meets in the chunk, ascending: the dictionary page's, the levels', the data's.</summary>
    public IReadOnlyList<int> Encodings
    {
        get
        {
            var encodings = new SortedSet<int> { DataEncoding };
            if (DictionaryPageOffset is not null)
            {
                encodings.Add(Enc.Plain);
            }

            if (Column.Optional)
            {
                encodings.Add(Enc.Rle);
            }

            return [.. encodings];
        }
    }
}
