using System.Runtime.InteropServices;

namespace FunctionalScoring.Parquet.Writing;

/// <summary>
/// Builds the pages of one column chunk at a time: the definition levels of an OPTIONAL column
/// (RLE, bit width 1, behind their 4-byte length, as data page V1 stores them) and then the values,
/// which the caller appends to <see cref="Body"/>. Values are dense: a null row has none.
/// </summary>
internal sealed class DataPages(PageOutput output) : IDisposable
{
    private byte[] ones = [];
    private long? firstDataPage;
    private long? dictionaryPage;
    private int pages;

    /// <summary>The page being built.</summary>
    public ByteBuffer Body { get; } = new();

    /// <summary>
    /// The definition levels of <paramref name="column"/> (1 present, 0 null), or none for a REQUIRED
    /// one. <paramref name="present"/> may be empty: every row present.
    /// </summary>
    public ReadOnlySpan<byte> Levels(WriterColumn column, ReadOnlySpan<bool> present, int rows)
    {
        if (!present.IsEmpty && present.Length != rows)
        {
            throw new ArgumentException($"column '{column.Name}': {present.Length} presence flags for {rows} values");
        }

        if (!column.Optional)
        {
            return present.Contains(false) ? throw new ArgumentException($"column '{column.Name}' is required but row {present.IndexOf(false)} is null") : [];
        }

        if (!present.IsEmpty)
        {
            return MemoryMarshal.Cast<bool, byte>(present);
        }

        if (ones.Length < rows)
        {
            ones = new byte[rows];
            ones.AsSpan().Fill(1);
        }

        return ones.AsSpan(0, rows);
    }

    /// <summary>Starts a chunk: the next pages are its own.</summary>
    public void StartChunk()
    {
        output.StartChunk();
        Body.Clear();
        (firstDataPage, dictionaryPage, pages) = (null, null, 0);
    }

    /// <summary>Writes <see cref="Body"/> as the chunk's dictionary page of <paramref name="values"/> PLAIN values.</summary>
    public void WriteDictionary(int values)
    {
        dictionaryPage = output.WritePage(PageOutput.DictionaryPage, Body.Written, values, Encodings.Encoding.Plain);
        Body.Clear();
    }

    /// <summary>Starts a data page of rows [<paramref name="row"/>, + <paramref name="count"/>): writes their levels, returns how many are present.</summary>
    public int Begin(ReadOnlySpan<byte> levels, int row, int count)
    {
        Body.Clear();
        if (levels.IsEmpty)
        {
            return count;
        }

        var page = levels.Slice(row, count);
        var at = Body.Length;
        Body.AddInt32(0);
        RleHybridEncoder.Encode(page, 1, Body);
        Body.SetInt32(at, Body.Length - at - 4);
        return count - page.Count((byte)0);
    }

    /// <summary>Writes the data page begun, of <paramref name="rows"/> rows with values in <paramref name="encoding"/>.</summary>
    public void End(int rows, int encoding)
    {
        var offset = output.WritePage(PageOutput.DataPage, Body.Written, rows, encoding);
        firstDataPage ??= offset;
        pages++;
    }

    /// <summary>The footer's record of the chunk just written.</summary>
    public ChunkMetadata Finish(WriterColumn column, long values, int encoding, ChunkStatistics statistics) =>
        new(column, values, dictionaryPage, firstDataPage ?? throw new InvalidOperationException("a column chunk needs a data page"),
            output.ChunkUncompressedBytes, output.ChunkCompressedBytes, encoding, pages, statistics);

    /// <summary>Rows a page of values of <paramref name="bitsPerValue"/> bits takes to reach the page size.</summary>
    public static int RowsPerPage(int pageBytes, int bitsPerValue) => (int)Math.Clamp(pageBytes * 8L / bitsPerValue, 1, int.MaxValue);

    public void Dispose() => Body.Dispose();
}
