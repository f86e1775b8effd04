using System.Diagnostics.CodeAnalysis;
using Parquet.Meta;
using Parquet.Schema;
using ConvertedType = Parquet.Meta.ConvertedType;
using MetaTimeUnit = Parquet.Meta.TimeUnit;
using MetaType = Parquet.Meta.Type;

namespace FunctionalScoring.Parquet;

/// <summary>Builds a <see cref="ChunkDescriptor"/> from Parquet.Net's footer objects.</summary>
public static class ParquetNetChunks
{
    /// <summary>
    /// Describes <paramref name="chunk"/> (from <c>ParquetRowGroupReader.GetMetadata(field)</c>) of
    /// <paramref name="field"/>; false with an error when the footer does not say where the chunk's
    /// bytes are (an encrypted or external chunk, or a nonsensical offset).
    /// </summary>
    public static bool TryDescribe(
        DataField field, ColumnChunk chunk, [NotNullWhen(true)] out ChunkDescriptor? descriptor, [NotNullWhen(false)] out ChunkError? error)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(chunk);
        descriptor = null;
        var name = field.Path.ToString();
        error = chunk switch
        {
            { FilePath: not null } => new UnsupportedChunk(name, $"a column chunk stored in another file ('{chunk.FilePath}')"),
            { CryptoMetadata: not null } or { MetaData: null } => new UnsupportedChunk(name, "column encryption"),
            _ when field.SchemaElement is not { Type: { } } => new UnsupportedChunk(name, "a column without a physical type"),
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        var meta = chunk.MetaData!;
        var element = field.SchemaElement!;
        var start = Start(meta);
        if (start <= 0 || meta.TotalCompressedSize <= 0)
        {
            error = new CorruptChunk(name, null, 0, $"the footer places the chunk at byte {start} with {meta.TotalCompressedSize} bytes");
            return false;
        }

        descriptor = new ChunkDescriptor(
            name,
            (PhysicalType)(int)element.Type!.Value,
            element.TypeLength ?? 0,
            (CompressionCodec)(int)meta.Codec,
            field.MaxDefinitionLevel,
            field.MaxRepetitionLevel,
            meta.NumValues,
            Meaning(element),
            start,
            meta.TotalCompressedSize);
        return true;
    }

    /// <summary>
    /// The first page: the dictionary page when the footer places one before the data pages (some
    /// writers put 0 there for "none"), else the first data page.
    /// </summary>
    private static long Start(ColumnMetaData meta) =>
        meta.DictionaryPageOffset is > 0 and var dictionary && dictionary < meta.DataPageOffset ? dictionary : meta.DataPageOffset;

    /// <summary>The logical type when present, else the converted type, else the physical type alone.</summary>
    public static ValueMeaning Meaning(SchemaElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var physical = element.Type;
        return element.LogicalType switch
        {
            { INTEGER: { } i } => Integer(physical, i.BitWidth, i.IsSigned),
            { DATE: not null } => physical == MetaType.INT32 ? new ValueMeaning.Date() : Other(element),
            { TIMESTAMP: { } ts } => physical == MetaType.INT64 ? new ValueMeaning.Timestamp(Unit(ts.Unit)) : Other(element),
            { STRING: not null } or { ENUM: not null } or { JSON: not null } => Text(physical, element),
            { } => Other(element),
            null => Converted(element),
        };
    }

    private static ValueMeaning Converted(SchemaElement element) => (element.Type, element.ConvertedType) switch
    {
        (MetaType.INT32, null or ConvertedType.INT_32) => new ValueMeaning.Integer(32, true),
        (MetaType.INT32, ConvertedType.INT_8) => new ValueMeaning.Integer(8, true),
        (MetaType.INT32, ConvertedType.INT_16) => new ValueMeaning.Integer(16, true),
        (MetaType.INT32, ConvertedType.UINT_8) => new ValueMeaning.Integer(8, false),
        (MetaType.INT32, ConvertedType.UINT_16) => new ValueMeaning.Integer(16, false),
        (MetaType.INT32, ConvertedType.UINT_32) => new ValueMeaning.Integer(32, false),
        (MetaType.INT32, ConvertedType.DATE) => new ValueMeaning.Date(),
        (MetaType.INT64, null or ConvertedType.INT_64) => new ValueMeaning.Integer(64, true),
        (MetaType.INT64, ConvertedType.UINT_64) => new ValueMeaning.Integer(64, false),
        (MetaType.INT64, ConvertedType.TIMESTAMP_MILLIS) => new ValueMeaning.Timestamp(TimeUnit.Millis),
        (MetaType.INT64, ConvertedType.TIMESTAMP_MICROS) => new ValueMeaning.Timestamp(TimeUnit.Micros),
        // INT96 has only ever meant Impala's and Spark's nanosecond timestamps.
        (MetaType.INT96, null) => new ValueMeaning.Timestamp(TimeUnit.Nanos),
        (MetaType.BYTE_ARRAY or MetaType.FIXED_LEN_BYTE_ARRAY, null or ConvertedType.UTF8 or ConvertedType.ENUM or ConvertedType.JSON) =>
            new ValueMeaning.Text(),
        _ => Other(element),
    };

    private static ValueMeaning Integer(MetaType? physical, int bits, bool signed) => (physical, bits) switch
    {
        (MetaType.INT32, 8 or 16 or 32) or (MetaType.INT64, 64) => new ValueMeaning.Integer(bits, signed),
        _ => new ValueMeaning.Other($"{physical} (INT({bits}, {(signed ? "signed" : "unsigned")}))"),
    };

    private static ValueMeaning Text(MetaType? physical, SchemaElement element) =>
        physical is MetaType.BYTE_ARRAY or MetaType.FIXED_LEN_BYTE_ARRAY ? new ValueMeaning.Text() : Other(element);

    private static TimeUnit Unit(MetaTimeUnit unit) =>
        unit.MILLIS is not null ? TimeUnit.Millis : unit.MICROS is not null ? TimeUnit.Micros : TimeUnit.Nanos;

    private static ValueMeaning.Other Other(SchemaElement element) =>
        new($"{element.Type} ({Annotation(element)})");

    private static string Annotation(SchemaElement element) => element.LogicalType switch
    {
        { DECIMAL: { } d } => $"DECIMAL({d.Precision},{d.Scale})",
        { TIME: not null } => "TIME",
        { UUID: not null } => "UUID",
        { FLOAT16: not null } => "FLOAT16",
        { DATE: not null } => "DATE",
        { TIMESTAMP: not null } => "TIMESTAMP",
        { STRING: not null } => "STRING",
        { } => "an unknown logical type",
        null => element.ConvertedType?.ToString() ?? "no annotation",
    };
}
