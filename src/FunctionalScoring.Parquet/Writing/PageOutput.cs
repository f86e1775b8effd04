using FunctionalScoring.Parquet.Thrift;

namespace FunctionalScoring.Parquet.Writing;

/// <summary>
/// Compresses pages, writes each behind its Thrift page header, and keeps the file offset and the
/// sizes of the chunk being written (headers included, as <c>ColumnMetaData</c> counts them).
/// </summary>
internal sealed class PageOutput(Stream stream, CompressionCodec codec) : IDisposable
{
    public const int DataPage = 0, DictionaryPage = 2;

    private readonly ByteBuffer compressed = new();
    private readonly ByteBuffer header = new();

    /// <summary>How many bytes the file holds so far: the offset of the next page.</summary>
    public long Position { get; private set; }

    public long ChunkUncompressedBytes { get; private set; }

    public long ChunkCompressedBytes { get; private set; }

    /// <summary>Starts counting a new column chunk's sizes.</summary>
    public void StartChunk() => (ChunkUncompressedBytes, ChunkCompressedBytes) = (0, 0);

    /// <summary>Writes bytes that are no page (the magic, the footer).</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        stream.Write(bytes);
        Position += bytes.Length;
    }

    /// <summary>
    /// Writes a page whose uncompressed body is <paramref name="body"/>: a data page V1 (levels RLE)
    /// or a dictionary page of <paramref name="values"/> values in <paramref name="encoding"/>. Returns its offset.
    /// </summary>
    public long WritePage(int type, ReadOnlySpan<byte> body, int values, int encoding)
    {
        var stored = Compress(body);
        header.Clear();
        var thrift = new CompactWriter(header);
        thrift.BeginStruct();
        thrift.Int32(1, type);
        thrift.Int32(2, body.Length);
        thrift.Int32(3, stored.Length);
        thrift.Struct(type == DataPage ? (short)5 : (short)7);
        thrift.Int32(1, values);
        thrift.Int32(2, encoding);
        if (type == DataPage)
        {
            thrift.Int32(3, Encodings.Encoding.Rle);
            thrift.Int32(4, Encodings.Encoding.Rle);
        }

        thrift.EndStruct();
        thrift.EndStruct();

        var offset = Position;
        WriteRaw(header.Written);
        WriteRaw(stored);
        ChunkUncompressedBytes += header.Length + body.Length;
        ChunkCompressedBytes += header.Length + stored.Length;
        return offset;
    }

    public void Dispose()
    {
        compressed.Dispose();
        header.Dispose();
    }

    private ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> body)
    {
        if (codec == CompressionCodec.Uncompressed)
        {
            return body;
        }

        compressed.Clear();
        var written = Snappier.Snappy.Compress(body, compressed.Reserve(Snappier.Snappy.GetMaxCompressedLength(body.Length)));
        compressed.Advance(written);
        return compressed.Written;
    }
}
