using System.IO.Hashing;
using FunctionalScoring.Parquet.Codecs;
using FunctionalScoring.Parquet.Values;
using Encoding = FunctionalScoring.Parquet.Encodings.Encoding;

namespace FunctionalScoring.Parquet.Pages;

/// <summary>
/// Walks a column chunk's pages: checks each page's CRC, decompresses it, reads the definition levels
/// of data pages V1 and V2, has the value decoder fill the rows densely, then spreads them over the
/// rows that are not null. Index pages and page types it does not know carry no values and are skipped.
/// </summary>
internal ref struct ChunkWalker<T, TDecoder>(ChunkDescriptor column, Span<T> values, Span<ValueState> states, TDecoder decoder, Scratch scratch)
    where TDecoder : IValueDecoder<T>
{
    private readonly Span<T> values = values;
    private readonly Span<ValueState> states = states;
    private readonly bool nullable = column.MaxDefinitionLevel == 1;
    private int done;
    private int nulls;
    private int rejected;
    private bool hasDictionary;

    /// <summary>Decodes every page; failures are thrown as the decoder's internal exceptions, for the caller to name the page.</summary>
    public ChunkDecoded Run(ReadOnlySpan<byte> chunk, ref int page, ref long offset)
    {
        using var decompressor = new PageDecompressor(column.Codec);
        while (done < values.Length)
        {
            if (offset >= chunk.Length)
            {
                throw new CorruptDataException($"the column chunk ends after {done} of its {values.Length} values");
            }

            var header = PageHeader.Read(chunk[(int)offset..]);
            var bodyStart = (int)offset + header.HeaderSize;
            if (header.CompressedSize > chunk.Length - bodyStart)
            {
                throw new CorruptDataException($"the page's {header.CompressedSize} bytes run past the end of the column chunk");
            }

            var body = chunk.Slice(bodyStart, header.CompressedSize);
            if (header.Crc is { } crc && Crc32.HashToUInt32(body) != unchecked((uint)crc))
            {
                throw new CorruptDataException("the page's CRC-32 checksum does not match its bytes");
            }

            switch (header.Type)
            {
                case PageHeader.DictionaryPage:
                    ReadDictionary(header, body, decompressor);
                    break;
                case PageHeader.DataPage:
                    ReadDataV1(header, body, decompressor);
                    break;
                case PageHeader.DataPageV2:
                    ReadDataV2(header, body, decompressor);
                    break;
            }

            offset = bodyStart + header.CompressedSize;
            page++;
        }

        return new ChunkDecoded(done, nulls, rejected);
    }

    private void ReadDictionary(PageHeader header, ReadOnlySpan<byte> body, PageDecompressor decompressor)
    {
        if (hasDictionary)
        {
            throw new CorruptDataException("a second dictionary page in one column chunk");
        }

        decoder.ReadDictionary(header.Encoding, Decompress(body, header.UncompressedSize, decompressor), header.NumValues);
        hasDictionary = true;
    }

    private void ReadDataV1(PageHeader header, ReadOnlySpan<byte> body, PageDecompressor decompressor)
    {
        var rows = Rows(header);
        var page = Decompress(body, header.UncompressedSize, decompressor);
        if (!nullable)
        {
            Fill(header.Encoding, page, rows, []);
            return;
        }

        var levels = scratch.Levels(rows);
        var levelBytes = header.DefinitionLevelEncoding switch
        {
            Encoding.Rle => DefinitionLevels.ReadRle(page, levels),
            Encoding.BitPacked => DefinitionLevels.ReadBitPacked(page, levels),
            _ => throw new UnsupportedDataException($"definition levels in {Encoding.Name(header.DefinitionLevelEncoding)}"),
        };
        Fill(header.Encoding, page[levelBytes..], rows, levels);
    }

    /// <summary>Data page V2: repetition then definition levels, never compressed, then the (maybe compressed) values.</summary>
    private void ReadDataV2(PageHeader header, ReadOnlySpan<byte> body, PageDecompressor decompressor)
    {
        var rows = Rows(header);
        var levelBytes = (long)header.RepetitionLevelsLength + header.DefinitionLevelsLength;
        if (levelBytes > body.Length || levelBytes > header.UncompressedSize)
        {
            throw new CorruptDataException($"the page's {levelBytes} bytes of levels exceed its size");
        }

        var stored = body[(int)levelBytes..];
        var plainSize = header.UncompressedSize - (int)levelBytes;
        var page = header.IsCompressed ? Decompress(stored, plainSize, decompressor) : stored;
        if (!nullable)
        {
            Fill(header.Encoding, page, rows, []);
            return;
        }

        var levels = scratch.Levels(rows);
        DefinitionLevels.ReadHybrid(body.Slice(header.RepetitionLevelsLength, header.DefinitionLevelsLength), levels);
        Fill(header.Encoding, page, rows, levels);
    }

    private int Rows(PageHeader header) => header.NumValues <= values.Length - done
        ? header.NumValues
        : throw new CorruptDataException($"the pages hold more than the {values.Length} values the column chunk declares");

    /// <summary>Decodes the page's values into its rows: densely first, then spread over the non-null rows.</summary>
    private void Fill(int encoding, ReadOnlySpan<byte> data, int rows, ReadOnlySpan<int> levels)
    {
        var target = values.Slice(done, rows);
        var targetStates = states.Slice(done, rows);
        var defined = levels.IsEmpty ? rows : DefinitionLevels.CountDefined(levels);
        if (defined > 0)
        {
            rejected += decoder.ReadValues(encoding, data, target[..defined], targetStates[..defined]);
        }

        if (defined < rows)
        {
            DefinitionLevels.Spread(levels, target, targetStates, defined);
        }

        nulls += rows - defined;
        done += rows;
    }

    private readonly ReadOnlySpan<byte> Decompress(ReadOnlySpan<byte> stored, int plainSize, PageDecompressor decompressor)
    {
        if (column.Codec == CompressionCodec.Uncompressed)
        {
            return stored;
        }

        var plain = scratch.Page(plainSize);
        decompressor.Decompress(stored, plain);
        return plain;
    }
}
