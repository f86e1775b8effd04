using System.Numerics;
using Enc = FunctionalScoring.Parquet.Encodings.Encoding;

namespace FunctionalScoring.Parquet.Writing;

/// <summary>
/// Text column chunks from codes into an <see cref="IUtf8Table"/>. The chunk's dictionary holds its
/// distinct values in the order rows first use them, whatever codes the caller chose, so the bytes
/// depend on the values alone. It is written (a PLAIN dictionary page, RLE_DICTIONARY data pages)
/// unless its page would exceed the limit or PLAIN would be no larger (nearly every value distinct).
/// </summary>
internal sealed class TextChunks
{
    private int[] localOf = [];    // table code → 1 + its index in this chunk's dictionary; 0: not met yet
    private int[] distinct = [];   // dictionary index → table code
    private int[] lengthOf = [];   // dictionary index → byte length
    private int[] dense = [];      // each present row's dictionary index
    private byte[] levels = [];

    public ChunkMetadata Write(DataPages pages, WriterColumn column, ReadOnlySpan<int> codes, IUtf8Table table, WriterOptions options)
    {
        Grow(codes.Length, table.Count);
        var (present, entries, plainBytes) = (0, 0, 0L);
        try
        {
            for (var row = 0; row < codes.Length; row++)
            {
                var code = codes[row];
                if (code < 0)
                {
                    levels[row] = column.Optional ? (byte)0 : throw new ArgumentException($"column '{column.Name}' is required but row {row} is null");
                    continue;
                }

                if (code >= table.Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(codes), $"column '{column.Name}': row {row} has code {code}; the table holds {table.Count}");
                }

                levels[row] = 1;
                var local = localOf[code] - 1;
                if (local < 0)
                {
                    (local, localOf[code], distinct[entries], lengthOf[entries]) = (entries, entries + 1, code, table.Bytes(code).Length);
                    entries++;
                }

                dense[present++] = local;
                plainBytes += 4 + lengthOf[local];
            }

            var dictionaryBytes = entries * 4L;
            for (var k = 0; k < entries; k++)
            {
                dictionaryBytes += lengthOf[k];
            }

            var bitWidth = Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)Math.Max(0, entries - 1)));
            var statistics = ChunkStatistics.Text(distinct.AsSpan(0, entries), table, codes.Length - present);
            var rowLevels = column.Optional ? levels.AsSpan(0, codes.Length) : [];
            pages.StartChunk();
            return entries > 0 && dictionaryBytes <= options.DictionaryPageBytes && dictionaryBytes + ((present * (long)bitWidth) + 7) / 8 < plainBytes
                ? WriteDictionary(pages, column, rowLevels, codes.Length, table, entries, bitWidth, options.DataPageBytes, statistics)
                : WritePlain(pages, column, rowLevels, codes.Length, table, options.DataPageBytes, statistics);
        }
        finally
        {
            foreach (var code in distinct.AsSpan(0, entries))
            {
                localOf[code] = 0;
            }
        }
    }

    private ChunkMetadata WriteDictionary(
        DataPages pages, WriterColumn column, ReadOnlySpan<byte> rowLevels, int rows, IUtf8Table table, int entries, int bitWidth, int pageBytes, ChunkStatistics statistics)
    {
        foreach (var code in distinct.AsSpan(0, entries))
        {
            AddPlain(pages.Body, table.Bytes(code));
        }

        pages.WriteDictionary(entries);
        var perPage = DataPages.RowsPerPage(pageBytes, bitWidth);
        for (var (row, next) = (0, 0); row < rows; row += perPage)
        {
            var count = Math.Min(perPage, rows - row);
            var inPage = pages.Begin(rowLevels, row, count);
            pages.Body.Add((byte)bitWidth);
            RleHybridEncoder.Encode<int>(dense.AsSpan(next, inPage), bitWidth, pages.Body);
            pages.End(count, Enc.RleDictionary);
            next += inPage;
        }

        return pages.Finish(column, rows, Enc.RleDictionary, statistics);
    }

    /// <summary>Each value as its length and bytes; a page is cut once its values reach the page size.</summary>
    private ChunkMetadata WritePlain(
        DataPages pages, WriterColumn column, ReadOnlySpan<byte> rowLevels, int rows, IUtf8Table table, int pageBytes, ChunkStatistics statistics)
    {
        for (var (row, next) = (0, 0); row < rows;)
        {
            var (count, inPage, bytes) = (0, 0, 0L);
            while (row + count < rows && (count == 0 || bytes < pageBytes))
            {
                if (rowLevels.IsEmpty || rowLevels[row + count] == 1)
                {
                    bytes += 4 + lengthOf[dense[next + inPage++]];
                }

                count++;
            }

            pages.Begin(rowLevels, row, count);
            foreach (var local in dense.AsSpan(next, inPage))
            {
                AddPlain(pages.Body, table.Bytes(distinct[local]));
            }

            pages.End(count, Enc.Plain);
            (row, next) = (row + count, next + inPage);
        }

        return pages.Finish(column, rows, Enc.Plain, statistics);
    }

    private static void AddPlain(ByteBuffer body, ReadOnlySpan<byte> value)
    {
        body.AddInt32(value.Length);
        body.Add(value);
    }

    private void Grow(int rows, int codes)
    {
        if (localOf.Length < codes)
        {
            localOf = new int[Math.Max(codes, localOf.Length * 2)];
        }

        if (dense.Length < rows)
        {
            var size = Math.Max(rows, dense.Length * 2);
            (distinct, lengthOf, dense, levels) = (new int[size], new int[size], new int[size], new byte[size]);
        }
    }
}
