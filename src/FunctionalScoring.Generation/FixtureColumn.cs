namespace FunctionalScoring.Generation;

/// <summary>Physical and logical Parquet types a test fixture can be written with.</summary>
public enum FixtureType
{
    /// <summary>BYTE_ARRAY (String), from <c>string</c>.</summary>
    Utf8,

    /// <summary>INT32, from any integer.</summary>
    Int32,

    /// <summary>INT64, from any integer.</summary>
    Int64,

    /// <summary>INT32 (DATE), from <c>DateOnly</c> or <c>DateTime</c>.</summary>
    Date,

    /// <summary>INT64 (TIMESTAMP(MILLIS)) adjusted to UTC, from <c>DateTime</c> (unspecified = UTC), <c>DateTimeOffset</c> or <c>DateOnly</c>.</summary>
    TimestampMillis,

    /// <summary>INT64 (TIMESTAMP(MICROS)), as <see cref="TimestampMillis"/>.</summary>
    TimestampMicros,

    /// <summary>INT64 (TIMESTAMP(NANOS)), as <see cref="TimestampMillis"/>.</summary>
    TimestampNanos,

    /// <summary>INT96, Impala's legacy timestamp, as <see cref="TimestampMillis"/>.</summary>
    TimestampInt96,

    /// <summary>BOOLEAN, from <c>bool</c>.</summary>
    Boolean,

    /// <summary>DOUBLE, from any number.</summary>
    Double,

    /// <summary>INT32 (DECIMAL(9,2)), from any number.</summary>
    Decimal92,
}

/// <summary>
/// A column of a fixture file: its values, <c>null</c> for a null; <paramref name="Required"/> writes it REQUIRED,
/// <paramref name="DictionaryEncoded"/> asks for dictionary pages (the library writes PLAIN otherwise).
/// </summary>
public sealed record FixtureColumn(string Name, FixtureType Type, IReadOnlyList<object?> Values, bool Required = false, bool DictionaryEncoded = false);
