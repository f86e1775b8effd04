namespace FunctionalScoring.Parquet;

/// <summary>The column types <see cref="ParquetFileWriter"/> writes, each with the annotation readers expect.</summary>
public enum WriterType
{
    /// <summary>BYTE_ARRAY annotated STRING (converted type UTF8): dictionary-encoded unless PLAIN is smaller.</summary>
    Text,

    /// <summary>INT64 annotated INTEGER(64, signed) (converted type INT_64), PLAIN.</summary>
    Int64,

    /// <summary>INT32 annotated DATE (converted type DATE): days since 1970-01-01, PLAIN.</summary>
    Date,

    /// <summary>BOOLEAN, PLAIN (one bit a value).</summary>
    Boolean,

    /// <summary>DOUBLE, PLAIN.</summary>
    Double,
}

/// <summary>One top-level column of a flat schema: REQUIRED, or OPTIONAL (nulls allowed) when <paramref name="Optional"/>.</summary>
public sealed record WriterColumn(string Name, WriterType Type, bool Optional = true);

/// <summary>
/// How <see cref="ParquetFileWriter"/> cuts and stores pages. The defaults are the usual ones (Arrow's
/// data page size, SNAPPY), with a larger dictionary page: a chunk is in memory when written anyway.
/// </summary>
/// <param name="Codec">UNCOMPRESSED or SNAPPY.</param>
/// <param name="DataPageBytes">A data page is cut once its values (before compression) reach about this size.</param>
/// <param name="DictionaryPageBytes">A text chunk whose dictionary page would exceed this is written PLAIN.</param>
/// <param name="CreatedBy">The footer's <c>created_by</c>; deterministic, so the same rows give the same bytes.</param>
/// <param name="Metadata">The footer's key-value metadata, in this order; none by default.</param>
public sealed record WriterOptions(
    CompressionCodec Codec = CompressionCodec.Snappy,
    int DataPageBytes = 1 << 20,
    int DictionaryPageBytes = 8 << 20,
    string? CreatedBy = null,
    IReadOnlyList<KeyValuePair<string, string>>? Metadata = null)
{
    /// <summary>The footer's <c>created_by</c> unless <see cref="CreatedBy"/> says otherwise.</summary>
    public static readonly string DefaultCreatedBy = $"FunctionalScoring.Parquet version {typeof(WriterOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"}";
}

/// <summary>The UTF-8 bytes of text codes 0 … <see cref="Count"/> − 1, as a text column's codes refer to them.</summary>
public interface IUtf8Table
{
    /// <summary>How many codes the table holds.</summary>
    int Count { get; }

    /// <summary>The bytes of <paramref name="code"/>, valid UTF-8 (the writer does not check).</summary>
    ReadOnlySpan<byte> Bytes(int code);
}
