namespace FunctionalScoring.Shell.Parquet.Pages;

/// <summary>The parts of a Parquet page header the dictionary fast path needs (parquet.thrift field numbers).</summary>
internal readonly record struct PageHead(
    int Type, int UncompressedSize, int CompressedSize, int NumValues, int Encoding, int DefinitionLevelEncoding, int HeaderSize)
{
    public const int DataPage = 0, DictionaryPage = 2;

    public const int Plain = 0, PlainDictionary = 2, Rle = 3, RleDictionary = 8;

    /// <summary>Reads the header at the start of <paramref name="data"/>.</summary>
    /// <exception cref="FormatException">The bytes are not a page header.</exception>
    public static PageHead Read(ReadOnlySpan<byte> data)
    {
        var reader = new CompactReader(data);
        int type = -1, uncompressed = -1, compressed = -1, values = -1, encoding = -1, levels = -1;
        short id = 0;
        while (reader.NextField(id) is (var field, var kind) && kind != 0)
        {
            switch (field)
            {
                case 1: type = reader.ReadInt(kind); break;
                case 2: uncompressed = reader.ReadInt(kind); break;
                case 3: compressed = reader.ReadInt(kind); break;
                case 5 or 7: (values, encoding, levels) = ReadPageKind(ref reader, field == 5); break;
                default: reader.Skip(kind); break;
            }

            id = field;
        }

        return new PageHead(type, uncompressed, compressed, values, encoding, levels, reader.Position);
    }

    /// <summary>DataPageHeader (1 num_values, 2 encoding, 3 definition_level_encoding) or DictionaryPageHeader (1, 2).</summary>
    private static (int Values, int Encoding, int Levels) ReadPageKind(ref CompactReader reader, bool isData)
    {
        int values = -1, encoding = -1, levels = isData ? -1 : Rle;
        short id = 0;
        while (reader.NextField(id) is (var field, var kind) && kind != 0)
        {
            switch (field)
            {
                case 1: values = reader.ReadInt(kind); break;
                case 2: encoding = reader.ReadInt(kind); break;
                case 3 when isData: levels = reader.ReadInt(kind); break;
                default: reader.Skip(kind); break;
            }

            id = field;
        }

        return (values, encoding, levels);
    }
}
