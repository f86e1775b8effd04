namespace FunctionalScoring.WriterMatrix;

/// <summary>What one page header says: its kind (0 data v1, 2 dictionary, 3 data v2), data encoding, sizes and whether it carries a CRC.</summary>
public sealed record PageInfo(int Kind, int Encoding, int HeaderSize, int CompressedSize, bool HasCrc);

/// <summary>
/// Reads the Thrift compact-protocol page headers of a column chunk, only as far as the writer matrix's
/// report needs: page kinds and encodings are in no footer (the footer's encoding list does not say
/// which encoding a data page used, nor its version).
/// </summary>
public static class PageHeaders
{
    public const int DataPage = 0, DictionaryPage = 2, DataPageV2 = 3;

    /// <summary>Every page of the chunk of <paramref name="length"/> bytes at <paramref name="start"/>.</summary>
    public static List<PageInfo> Walk(byte[] file, long start, long length)
    {
        var pages = new List<PageInfo>();
        for (var at = start; at < start + length;)
        {
            var page = Read(file, (int)at);
            pages.Add(page);
            at += page.HeaderSize + page.CompressedSize;
        }

        return pages;
    }

    private static PageInfo Read(byte[] file, int start)
    {
        var reader = new Compact(file, start);
        int kind = -1, size = 0, encoding = -1;
        var crc = false;
        reader.Struct((id, type) =>
        {
            switch (id)
            {
                case 1: kind = (int)reader.Integer(); break;
                case 3: size = (int)reader.Integer(); break;
                case 4: crc = true; reader.Skip(type); break;
                case 5 or 7: reader.Struct((field, t) => { if (field == 2) encoding = (int)reader.Integer(); else reader.Skip(t); }); break;
                case 8: reader.Struct((field, t) => { if (field == 4) encoding = (int)reader.Integer(); else reader.Skip(t); }); break;
                default: reader.Skip(type); break;
            }
        });
        return new PageInfo(kind, encoding, reader.Position - start, size, crc);
    }

    /// <summary>The Thrift compact protocol, reading forwards from a position.</summary>
    private sealed class Compact(byte[] data, int position)
    {
        public int Position => position;

        public void Struct(Action<int, int> field)
        {
            var last = 0;
            while (true)
            {
                var header = data[position++];
                if (header == 0)
                {
                    return;
                }

                var type = header & 0x0F;
                var delta = header >> 4;
                last = delta == 0 ? (short)ZigZag(Varint()) : last + delta;
                field(last, type);
            }
        }

        public long Integer() => ZigZag(Varint());

        public void Skip(int type)
        {
            switch (type)
            {
                case 1 or 2: break;
                case 3: position++; break;
                case 4 or 5 or 6: Varint(); break;
                case 7: position += 8; break;
                case 8:
                    var length = (int)Varint();
                    position += length;
                    break;
                case 9 or 10:
                    var header = data[position++];
                    var count = header >> 4 == 15 ? (int)Varint() : header >> 4;
                    for (var i = 0; i < count; i++)
                    {
                        if ((header & 0x0F) is 1 or 2) position++; else Skip(header & 0x0F);
                    }

                    break;
                case 11:
                    var entries = (int)Varint();
                    if (entries > 0)
                    {
                        var types = data[position++];
                        for (var i = 0; i < entries; i++)
                        {
                            Skip(types >> 4);
                            Skip(types & 0x0F);
                        }
                    }

                    break;
                case 12: Struct((_, t) => Skip(t)); break;
                default: throw new InvalidDataException($"Thrift type {type} at byte {position}");
            }
        }

        private ulong Varint()
        {
            ulong value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = data[position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
        }

        private static long ZigZag(ulong n) => (long)(n >> 1) ^ -(long)(n & 1);
    }
}
