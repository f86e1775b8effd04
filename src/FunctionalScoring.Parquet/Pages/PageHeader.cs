using FunctionalScoring.Parquet.Thrift;

namespace FunctionalScoring.Parquet.Pages;

/// <summary>
/// The parts of a Parquet page header (<c>parquet.thrift</c> PageHeader) the decoder needs. For a data
/// page V1 or a dictionary page, <see cref="NumValues"/> and <see cref="Encoding"/> come from its own
/// header; for V2 the level lengths and <see cref="IsCompressed"/> too.
/// </summary>
internal readonly record struct PageHeader(
    int Type,
    int UncompressedSize,
    int CompressedSize,
    int? Crc,
    int NumValues,
    int Encoding,
    int DefinitionLevelEncoding,
    int DefinitionLevelsLength,
    int RepetitionLevelsLength,
    bool IsCompressed,
    int HeaderSize)
{
    public const int DataPage = 0, IndexPage = 1, DictionaryPage = 2, DataPageV2 = 3;

    /// <summary>Reads the header at the start of <paramref name="data"/>.</summary>
    /// <exception cref="CorruptDataException">The bytes are not a page header.</exception>
    public static PageHeader Read(ReadOnlySpan<byte> data)
    {
        var reader = new CompactReader(data);
        int? type = null, uncompressed = null, compressed = null, crc = null;
        var kind = new Kind();
        short id = 0;
        while (reader.NextField(id) is (var field, var fieldType) && fieldType != CompactReader.Stop)
        {
            switch (field)
            {
                case 1: type = reader.ReadInt(fieldType); break;
                case 2: uncompressed = reader.ReadInt(fieldType); break;
                case 3: compressed = reader.ReadInt(fieldType); break;
                case 4: crc = reader.ReadInt(fieldType); break;
                case 5 when fieldType == CompactReader.Struct: kind = ReadKind(ref reader, Kind.V1Fields); break;
                case 7 when fieldType == CompactReader.Struct: kind = ReadKind(ref reader, Kind.DictionaryFields); break;
                case 8 when fieldType == CompactReader.Struct: kind = ReadKind(ref reader, Kind.V2Fields); break;
                default: reader.Skip(fieldType); break;
            }

            id = field;
        }

        if (type is not { } pageType || uncompressed is not ({ } plainSize and >= 0) || compressed is not ({ } storedSize and >= 0))
        {
            throw new CorruptDataException("the page header lacks its type or sizes, or a size is negative");
        }

        if (pageType is DataPage or DictionaryPage or DataPageV2 && kind.Fields != pageType)
        {
            throw new CorruptDataException($"a page of type {pageType} has no header for that type");
        }

        if (kind.NumValues < 0 || kind.DefinitionLevelsLength < 0 || kind.RepetitionLevelsLength < 0)
        {
            throw new CorruptDataException("the page header holds a negative count or length");
        }

        return new PageHeader(pageType, plainSize, storedSize, crc, kind.NumValues, kind.Encoding, kind.DefinitionLevelEncoding,
            kind.DefinitionLevelsLength, kind.RepetitionLevelsLength, kind.IsCompressed, reader.Position);
    }

    /// <summary>
    /// DataPageHeader (1 num_values, 2 encoding, 3 definition_level_encoding), DictionaryPageHeader
    /// (1 num_values, 2 encoding) or DataPageHeaderV2 (1 num_values, 4 encoding,
    /// 5 definition_levels_byte_length, 6 repetition_levels_byte_length, 7 is_compressed).
    /// </summary>
    private static Kind ReadKind(ref CompactReader reader, int fields)
    {
        var kind = new Kind(fields, -1, -1, -1, 0, 0, true);
        var isV2 = fields == Kind.V2Fields;
        reader.Enter();
        short id = 0;
        while (reader.NextField(id) is (var field, var type) && type != CompactReader.Stop)
        {
            switch (field)
            {
                case 1: kind = kind with { NumValues = reader.ReadInt(type) }; break;
                case 2 when !isV2: kind = kind with { Encoding = reader.ReadInt(type) }; break;
                case 3 when fields == Kind.V1Fields: kind = kind with { DefinitionLevelEncoding = reader.ReadInt(type) }; break;
                case 4 when isV2: kind = kind with { Encoding = reader.ReadInt(type) }; break;
                case 5 when isV2: kind = kind with { DefinitionLevelsLength = reader.ReadInt(type) }; break;
                case 6 when isV2: kind = kind with { RepetitionLevelsLength = reader.ReadInt(type) }; break;
                case 7 when isV2: kind = kind with { IsCompressed = reader.ReadBool(type) }; break;
                default: reader.Skip(type); break;
            }

            id = field;
        }

        reader.Leave();
        if (kind.NumValues < 0 || kind.Encoding < 0 || (fields == Kind.V1Fields && kind.DefinitionLevelEncoding < 0))
        {
            throw new CorruptDataException("the page header lacks its value count or an encoding");
        }

        return kind;
    }

    /// <summary>The page-type-specific header; <see cref="Fields"/> is the page type whose header it was (-1: none).</summary>
    private readonly record struct Kind(
        int Fields, int NumValues, int Encoding, int DefinitionLevelEncoding, int DefinitionLevelsLength, int RepetitionLevelsLength, bool IsCompressed)
    {
        public const int V1Fields = DataPage, DictionaryFields = DictionaryPage, V2Fields = DataPageV2;

        public Kind()
            : this(-1, 0, -1, -1, 0, 0, true)
        {
        }
    }
}
