using LanguageExt;
using Parquet.Meta;
using Parquet.Schema;
using static LanguageExt.Prelude;
using PhysicalType = Parquet.Meta.Type;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>The CLR buffer a column is decoded through, chosen once per file and column.</summary>
internal enum RawType
{
    Utf8,
    SByte,
    Byte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    DateOnly,
    DateTime,
}

/// <summary>Reads a file's column types from its schema elements, never from what the library guesses.</summary>
internal static class ParquetColumnType
{
    /// <summary>How messages name a column's type: the physical type, then its annotation, e.g. <c>INT64 (TIMESTAMP(MICROS))</c>.</summary>
    public static string Describe(Field field)
    {
        if (field is not DataField { SchemaElement: { Type: { } physical } se } data)
        {
            return $"group ({field.SchemaType})";
        }

        var annotation = Annotation(se);
        var described = annotation.Length == 0 ? $"{physical}" : $"{physical} ({annotation})";
        return data.IsArray ? $"repeated {described}" : described;
    }

    /// <summary>The raw type to decode <paramref name="field"/> through, if it is an acceptable <paramref name="kind"/>.</summary>
    public static Option<RawType> Classify(ColumnKind kind, Field field)
    {
        if (field is not DataField { IsArray: false, MaxRepetitionLevel: 0, SchemaElement: { Type: { } physical } se })
        {
            return None;
        }

        return kind switch
        {
            ColumnKind.Text => IsText(physical, se) ? Some(RawType.Utf8) : None,
            ColumnKind.Integer => IntegerType(physical, se),
            ColumnKind.Date => DateType(physical, se),
            _ => None,
        };
    }

    /// <summary>Only DATE statistics are trusted: TIMESTAMP ones are written in the wrong unit by some writers.</summary>
    public static bool HasTrustedStatistics(Field field) =>
        field is DataField { SchemaElement: { Type: PhysicalType.INT32 } se } && IsDate(se);

    private static bool IsText(PhysicalType physical, SchemaElement se) =>
        physical == PhysicalType.BYTE_ARRAY
        && (se.LogicalType?.STRING is not null || se.LogicalType?.ENUM is not null || se.LogicalType?.JSON is not null
            || se.ConvertedType is ConvertedType.UTF8 or ConvertedType.ENUM or ConvertedType.JSON
            || (se.LogicalType is null && se.ConvertedType is null));

    private static Option<RawType> IntegerType(PhysicalType physical, SchemaElement se)
    {
        if (se.LogicalType?.INTEGER is { } integer)
        {
            return (integer.BitWidth, integer.IsSigned) switch
            {
                (8, true) => RawType.SByte,
                (8, false) => RawType.Byte,
                (16, true) => RawType.Int16,
                (16, false) => RawType.UInt16,
                (32, true) => RawType.Int32,
                (32, false) => RawType.UInt32,
                (64, true) => RawType.Int64,
                _ => None,
            };
        }

        if (se.LogicalType is { } lt && (lt.DATE is not null || lt.TIME is not null || lt.TIMESTAMP is not null
            || lt.DECIMAL is not null || lt.UNKNOWN is not null))
        {
            return None;
        }

        return (physical, se.ConvertedType) switch
        {
            (PhysicalType.INT32, null or ConvertedType.INT_32) => RawType.Int32,
            (PhysicalType.INT32, ConvertedType.INT_8) => RawType.SByte,
            (PhysicalType.INT32, ConvertedType.UINT_8) => RawType.Byte,
            (PhysicalType.INT32, ConvertedType.INT_16) => RawType.Int16,
            (PhysicalType.INT32, ConvertedType.UINT_16) => RawType.UInt16,
            (PhysicalType.INT32, ConvertedType.UINT_32) => RawType.UInt32,
            (PhysicalType.INT64, null or ConvertedType.INT_64) => RawType.Int64,
            _ => None,
        };
    }

    private static Option<RawType> DateType(PhysicalType physical, SchemaElement se) => physical switch
    {
        PhysicalType.INT32 when IsDate(se) => RawType.DateOnly,
        PhysicalType.INT64 when se.LogicalType?.TIMESTAMP is not null
            || se.ConvertedType is ConvertedType.TIMESTAMP_MILLIS or ConvertedType.TIMESTAMP_MICROS => RawType.DateTime,
        // Impala's legacy nanosecond timestamps.
        PhysicalType.INT96 => RawType.DateTime,
        _ => None,
    };

    private static bool IsDate(SchemaElement se) => se.LogicalType?.DATE is not null || se.ConvertedType == ConvertedType.DATE;

    private static string Annotation(SchemaElement se) => se.LogicalType switch
    {
        { STRING: not null } => "String",
        { ENUM: not null } => "Enum",
        { JSON: not null } => "Json",
        { DATE: not null } => "DATE",
        { TIMESTAMP: { } ts } => $"TIMESTAMP({Unit(ts.Unit)})",
        { TIME: { } time } => $"TIME({Unit(time.Unit)})",
        { DECIMAL: { } d } => $"DECIMAL({d.Precision},{d.Scale})",
        { INTEGER: { BitWidth: 32, IsSigned: true } } when se.Type == PhysicalType.INT32 => "",
        { INTEGER: { BitWidth: 64, IsSigned: true } } when se.Type == PhysicalType.INT64 => "",
        { INTEGER: { } i } => $"INT({i.BitWidth}, {(i.IsSigned ? "signed" : "unsigned")})",
        { UUID: not null } => "UUID",
        { FLOAT16: not null } => "FLOAT16",
        _ => ConvertedAnnotation(se),
    };

    private static string ConvertedAnnotation(SchemaElement se) => se.ConvertedType switch
    {
        null or ConvertedType.INT_32 or ConvertedType.INT_64 => "",
        ConvertedType.UTF8 => "String",
        ConvertedType.TIMESTAMP_MILLIS => "TIMESTAMP(MILLIS)",
        ConvertedType.TIMESTAMP_MICROS => "TIMESTAMP(MICROS)",
        ConvertedType.DECIMAL => $"DECIMAL({se.Precision},{se.Scale})",
        { } other => $"{other}",
    };

    private static string Unit(TimeUnit unit) =>
        unit.MILLIS is not null ? "MILLIS" : unit.MICROS is not null ? "MICROS" : "NANOS";
}
