using System.Buffers.Binary;
using FunctionalScoring.Parquet.Writing;

namespace FunctionalScoring.Parquet;

/// <summary>
/// Writes a Parquet file of a flat schema a row group at a time, from columns the caller already
/// holds: text as codes into a table of UTF-8 values (no string per row), other types as spans with
/// optional presence flags. Data pages V1, definition levels RLE, text dictionary-encoded (else
/// PLAIN), other values PLAIN, SNAPPY by default; each chunk's statistics and the footer as the
/// format defines them. The same rows cut into the same row groups always give the same bytes.
/// </summary>
/// <remarks>
/// Columns are written in schema order through <see cref="StartRowGroup"/>'s <see cref="RowGroupWriter"/>;
/// <see cref="Complete"/> writes the footer. Nothing is buffered beyond the page being written; the
/// stream is the caller's to flush and close. A writer that threw is broken: discard its output.
/// </remarks>
public sealed class ParquetFileWriter : IDisposable
{
    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    private readonly PageOutput output;
    private readonly DataPages pages;
    private readonly TextChunks text = new();
    private readonly List<RowGroupMetadata> rowGroups = [];
    private RowGroupWriter? open;
    private bool done;

    /// <summary>Starts a file on <paramref name="stream"/> (writing its magic) with <paramref name="columns"/> as its schema.</summary>
    public ParquetFileWriter(Stream stream, IReadOnlyList<WriterColumn> columns, WriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(columns);
        Options = options ?? new WriterOptions();
        if (columns.Count == 0 || columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != columns.Count || columns.Any(c => string.IsNullOrEmpty(c.Name)))
        {
            throw new ArgumentException("a schema needs one or more columns, each with its own non-empty name", nameof(columns));
        }

        if (Options.Codec is not (CompressionCodec.Uncompressed or CompressionCodec.Snappy) || Options.DataPageBytes <= 0 || Options.DictionaryPageBytes < 0)
        {
            throw new ArgumentException("the writer takes UNCOMPRESSED or SNAPPY and positive page sizes", nameof(options));
        }

        Columns = [.. columns];
        output = new PageOutput(stream, Options.Codec);
        pages = new DataPages(output);
        output.WriteRaw(Magic);
    }

    /// <summary>The schema, in column order.</summary>
    public IReadOnlyList<WriterColumn> Columns { get; }

    /// <summary>The settings in use.</summary>
    public WriterOptions Options { get; }

    /// <summary>Starts a row group of <paramref name="rows"/> rows; write each column of it, then <see cref="RowGroupWriter.Finish"/>.</summary>
    public RowGroupWriter StartRowGroup(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        CheckUsable();
        return open = new RowGroupWriter(this, rows);
    }

    /// <summary>Writes the footer: the file is whole once the caller flushes the stream.</summary>
    public void Complete()
    {
        CheckUsable();
        using var footer = new ByteBuffer();
        FileFooter.Write(footer, Columns, rowGroups, Options);
        output.WriteRaw(footer.Written);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, footer.Length);
        output.WriteRaw(length);
        output.WriteRaw(Magic);
        done = true;
    }

    /// <summary>Returns the page buffers to the pool; the stream stays open.</summary>
    public void Dispose()
    {
        pages.Dispose();
        output.Dispose();
    }

    // Arguments are checked before a chunk's first byte is written; any other failure leaves a partial chunk.
    internal ChunkMetadata Text(WriterColumn column, ReadOnlySpan<int> codes, IUtf8Table table)
    {
        try
        {
            return text.Write(pages, column, codes, table, Options);
        }
        catch (Exception e) when (Broken(e))
        {
            throw;
        }
    }

    internal ChunkMetadata Values<T>(WriterColumn column, ReadOnlySpan<T> values, ReadOnlySpan<bool> present, ChunkStatistics statistics)
        where T : unmanaged
    {
        try
        {
            return ValueChunks.Write(pages, column, values, present, Options.DataPageBytes, statistics);
        }
        catch (Exception e) when (Broken(e))
        {
            throw;
        }
    }

    internal ChunkMetadata Booleans(WriterColumn column, ReadOnlySpan<bool> values, ReadOnlySpan<bool> present)
    {
        try
        {
            return ValueChunks.WriteBooleans(pages, column, values, present, Options.DataPageBytes);
        }
        catch (Exception e) when (Broken(e))
        {
            throw;
        }
    }

    internal void Finished(RowGroupWriter group, RowGroupMetadata metadata)
    {
        if (ReferenceEquals(open, group))
        {
            rowGroups.Add(metadata);
            open = null;
        }
    }

    /// <summary>Marks the writer unusable when a write failed half-way (never true: the exception goes on).</summary>
    private bool Broken(Exception e)
    {
        done |= e is not ArgumentException;
        return false;
    }

    internal void CheckUsable(RowGroupWriter? group = null)
    {
        if (done || !ReferenceEquals(open, group))
        {
            throw new InvalidOperationException(done
                ? "the file is complete, or a write failed and left it broken"
                : group is null ? "a row group is still open: finish it first" : "this row group is finished");
        }
    }
}
