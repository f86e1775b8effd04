using System.Buffers;
using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;
using Parquet.Meta;

namespace FunctionalScoring.Shell.Parquet.Pages;

/// <summary>
/// The fast path for a dictionary-encoded text column chunk, the layout most writers produce: each
/// distinct dictionary entry is decoded to text and looked up once per chunk, and each row costs an
/// index. Anything else (other codecs or encodings, V2 pages, nesting, malformed bytes) answers
/// false before a value is written, and the caller decodes the chunk through the library instead.
/// Codes are assigned in the order rows first use them, exactly as the library path assigns them.
/// </summary>
internal static class DictionaryTextChunk
{
    public static bool TryDecode(SafeFileHandle file, ColumnChunk chunk, BoundColumn column, BatchColumn target)
    {
        if (chunk is not { FilePath: null, MetaData: { } meta } || column.Field.MaxRepetitionLevel != 0 || column.Field.MaxDefinitionLevel > 1
            || meta.Codec is not (CompressionCodec.UNCOMPRESSED or CompressionCodec.SNAPPY)
            || ChunkStart(meta) is not (> 0 and var start) || meta.TotalCompressedSize is <= 0 or > int.MaxValue
            || start + meta.TotalCompressedSize > RandomAccess.GetLength(file))
        {
            return false;
        }

        var bytes = ArrayPool<byte>.Shared.Rent((int)meta.TotalCompressedSize);
        try
        {
            var data = bytes.AsSpan(0, (int)meta.TotalCompressedSize);
            ReadExactly(file, data, start);
            return new Decoding(meta.Codec == CompressionCodec.SNAPPY, column.Field.MaxDefinitionLevel == 1, target).Run(data);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Where the chunk's first page starts: the smallest of the offsets a writer set.</summary>
    private static long ChunkStart(ColumnMetaData meta) =>
        new[] { meta.DictionaryPageOffset ?? 0, meta.DataPageOffset, meta.IndexPageOffset ?? 0 }.Where(o => o > 0).DefaultIfEmpty(0).Min();

    private static void ReadExactly(SafeFileHandle file, Span<byte> data, long offset)
    {
        while (!data.IsEmpty)
        {
            var read = RandomAccess.Read(file, data, offset);
            if (read == 0)
            {
                throw new FormatException("the file ends inside the column chunk");
            }

            data = data[read..];
            offset += read;
        }
    }

    /// <summary>One chunk being decoded: the dictionary page, then data pages filling consecutive rows.</summary>
    private sealed class Decoding(bool snappy, bool nullable, BatchColumn target)
    {
        private readonly TextDictionary dictionary = (TextDictionary)target.Dictionary;
        private byte[] entries = [];
        private int[] entryStarts = [];
        private int[] entryCodes = [];
        private int rows;
        private int nulls;

        public bool Run(ReadOnlySpan<byte> data)
        {
            try
            {
                var position = 0;
                while (position < data.Length)
                {
                    var header = PageHead.Read(data[position..]);
                    position += header.HeaderSize;
                    if (header.CompressedSize < 0 || header.CompressedSize > data.Length - position || header.UncompressedSize < 0)
                    {
                        return false;
                    }

                    var page = data.Slice(position, header.CompressedSize);
                    position += header.CompressedSize;
                    var accepted = header.Type switch
                    {
                        PageHead.DictionaryPage => ReadDictionary(header, page),
                        PageHead.DataPage => ReadData(header, page),
                        _ => false,
                    };
                    if (!accepted)
                    {
                        return false;
                    }
                }

                target.NullCount = nulls;
                return rows == target.Length;
            }
            finally
            {
                if (entries.Length > 0)
                {
                    ArrayPool<byte>.Shared.Return(entries);
                }
            }
        }

        private bool ReadDictionary(PageHead header, ReadOnlySpan<byte> page)
        {
            if (entryStarts.Length > 0 || header.Encoding is not (PageHead.Plain or PageHead.PlainDictionary) || header.NumValues < 0)
            {
                return false;
            }

            entries = ArrayPool<byte>.Shared.Rent(Math.Max(1, header.UncompressedSize));
            var plain = entries.AsSpan(0, header.UncompressedSize);
            if (!Decompress(page, plain))
            {
                return false;
            }

            // PLAIN byte arrays: a 4-byte little-endian length, then the bytes; one start more marks the end.
            entryStarts = new int[header.NumValues + 1];
            var position = 0;
            for (var i = 0; i < header.NumValues; i++)
            {
                if (plain.Length - position < 4 || BinaryPrimitives.ReadInt32LittleEndian(plain[position..]) is var length && (length < 0 || length > plain.Length - position - 4))
                {
                    return false;
                }

                entryStarts[i] = position + 4;
                position += 4 + length;
            }

            entryStarts[header.NumValues] = position + 4;
            entryCodes = new int[header.NumValues];
            entryCodes.AsSpan().Fill(-1);
            return true;
        }

        private bool ReadData(PageHead header, ReadOnlySpan<byte> page)
        {
            if (entryStarts.Length == 0 || header.Encoding is not (PageHead.PlainDictionary or PageHead.RleDictionary)
                || header.NumValues < 0 || header.NumValues > target.Length - rows)
            {
                return false;
            }

            var plain = ArrayPool<byte>.Shared.Rent(Math.Max(1, header.UncompressedSize));
            var indexes = ArrayPool<int>.Shared.Rent(Math.Max(1, header.NumValues));
            var levels = nullable ? ArrayPool<int>.Shared.Rent(Math.Max(1, header.NumValues)) : null;
            try
            {
                var body = plain.AsSpan(0, header.UncompressedSize);
                return Decompress(page, body) && Fill(header, body, indexes.AsSpan(0, header.NumValues), levels);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(plain);
                ArrayPool<int>.Shared.Return(indexes);
                if (levels is not null)
                {
                    ArrayPool<int>.Shared.Return(levels);
                }
            }
        }

        private bool Fill(PageHead header, ReadOnlySpan<byte> body, Span<int> indexes, int[]? levelBuffer)
        {
            var present = target.PresentTarget.Slice(rows, header.NumValues);
            var defined = header.NumValues;
            if (levelBuffer is not null)
            {
                // Definition levels (max level 1, so one bit each), RLE-hybrid after a 4-byte length.
                var levels = levelBuffer.AsSpan(0, header.NumValues);
                if (header.DefinitionLevelEncoding != PageHead.Rle || body.Length < 4
                    || BinaryPrimitives.ReadInt32LittleEndian(body) is var length && (length < 0 || length > body.Length - 4)
                    || !RleHybrid.TryDecode(body.Slice(4, length), 1, levels))
                {
                    return false;
                }

                body = body[(4 + length)..];
                defined = 0;
                for (var i = 0; i < levels.Length; i++)
                {
                    present[i] = levels[i] == 1;
                    defined += levels[i] == 1 ? 1 : 0;
                }
            }
            else
            {
                present.Fill(true);
            }

            // Dictionary indexes: a one-byte bit width, then RLE-hybrid; width 0 means every index is 0.
            var values = indexes[..defined];
            if (defined > 0 && (body.IsEmpty || !(body[0] == 0 ? Zero(values) : RleHybrid.TryDecode(body[1..], body[0], values))))
            {
                return false;
            }

            var codes = target.Int32Target.Slice(rows, header.NumValues);
            var next = 0;
            for (var row = 0; row < codes.Length; row++)
            {
                if (!present[row])
                {
                    codes[row] = 0;
                    continue;
                }

                var entry = values[next++];
                if ((uint)entry >= (uint)entryCodes.Length)
                {
                    return false;
                }

                codes[row] = entryCodes[entry] >= 0 ? entryCodes[entry] : CodeOfEntry(entry);
            }

            nulls += header.NumValues - defined;
            rows += header.NumValues;
            return true;
        }

        private static bool Zero(Span<int> values)
        {
            values.Clear();
            return true;
        }

        /// <summary>Decodes an entry the first time a row uses it, as the library would (UTF-8, invalid bytes replaced).</summary>
        private int CodeOfEntry(int entry)
        {
            var utf8 = entries.AsSpan(entryStarts[entry], entryStarts[entry + 1] - 4 - entryStarts[entry]);
            var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, System.Text.Encoding.UTF8.GetMaxCharCount(utf8.Length)));
            try
            {
                var count = System.Text.Encoding.UTF8.GetChars(utf8, chars);
                return entryCodes[entry] = dictionary.CodeOf(chars.AsSpan(0, count));
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }

        private bool Decompress(ReadOnlySpan<byte> page, Span<byte> plain)
        {
            if (!snappy)
            {
                if (page.Length != plain.Length)
                {
                    return false;
                }

                page.CopyTo(plain);
                return true;
            }

            try
            {
                return Snappier.Snappy.GetUncompressedLength(page) == plain.Length && Snappier.Snappy.Decompress(page, plain) == plain.Length;
            }
            catch (Exception e) when (e is InvalidDataException or ArgumentException or IndexOutOfRangeException)
            {
                return false;
            }
        }
    }
}
