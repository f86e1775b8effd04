using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace FunctionalScoring.Generation;

/// <summary>
/// Writes small Parquet files with exactly the physical types a test wants, good or bad:
/// <c>ParquetFixture.Write(path, rowGroups: [2, 1], compression: CompressionMethod.Gzip, columns: [
/// ParquetFixture.Column("month", FixtureType.TimestampMicros, a, b, c)])</c>.
/// </summary>
public static class ParquetFixture
{
    public static FixtureColumn Column(string name, FixtureType type, params object?[] values) => new(name, type, values);

    public static FixtureColumn Required(string name, FixtureType type, params object?[] values) => new(name, type, values, true);

    public static FixtureColumn Dictionary(string name, FixtureType type, params object?[] values) =>
        new(name, type, values, DictionaryEncoded: true);

    /// <summary>One Snappy-compressed row group holding every row.</summary>
    public static void Write(string path, params FixtureColumn[] columns) => Write(path, null, CompressionMethod.Snappy, columns);

    /// <summary>Row groups of the given sizes (their sum must be the row count; <c>null</c>: one row group).</summary>
    public static void Write(string path, int[]? rowGroups, CompressionMethod compression, params FixtureColumn[] columns) =>
        Task.Run(() => WriteAsync(path, rowGroups, compression, columns)).GetAwaiter().GetResult();

    public static async Task WriteAsync(string path, int[]? rowGroups, CompressionMethod compression, params FixtureColumn[] columns)
    {
        var rows = columns.Length == 0 ? 0 : columns[0].Values.Count;
        if (columns.Any(c => c.Values.Count != rows))
        {
            throw new ArgumentException("every fixture column needs the same number of values", nameof(columns));
        }

        var sizes = rowGroups ?? [rows];
        if (sizes.Sum() != rows)
        {
            throw new ArgumentException($"row groups of {string.Join("+", sizes)} rows do not add up to {rows}", nameof(rowGroups));
        }

        var fields = columns.Select(Field).ToArray();
        var options = new ParquetOptions { CompressionMethod = compression };
        foreach (var column in columns.Where(c => c.DictionaryEncoded))
        {
            options.ColumnEncodingHints[column.Name] = EncodingHint.Dictionary;
        }

        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, options);
        var start = 0;
        foreach (var size in sizes)
        {
            using var rowGroup = writer.CreateRowGroup();
            for (var i = 0; i < columns.Length; i++)
            {
                await WriteAsync(rowGroup, fields[i], columns[i], start, size);
            }

            start += size;
        }
    }

    private static DataField Field(FixtureColumn column)
    {
        var nullable = !column.Required;
        return column.Type switch
        {
            FixtureType.Utf8 => new DataField(column.Name, typeof(string), nullable),
            FixtureType.Int32 => new DataField(column.Name, typeof(int), nullable),
            FixtureType.Int64 => new DataField(column.Name, typeof(long), nullable),
            FixtureType.Date => new DataField(column.Name, typeof(DateOnly), nullable),
            FixtureType.TimestampMillis => Timestamp(column.Name, DateTimeFormat.Timestamp, DateTimeTimeUnit.Millis, nullable),
            FixtureType.TimestampMicros => Timestamp(column.Name, DateTimeFormat.Timestamp, DateTimeTimeUnit.Micros, nullable),
            FixtureType.TimestampNanos => Timestamp(column.Name, DateTimeFormat.Timestamp, DateTimeTimeUnit.Nanos, nullable),
            FixtureType.TimestampInt96 => Timestamp(column.Name, DateTimeFormat.Impala, null, nullable),
            FixtureType.Boolean => new DataField(column.Name, typeof(bool), nullable),
            FixtureType.Double => new DataField(column.Name, typeof(double), nullable),
            FixtureType.Decimal92 => new DecimalDataField(column.Name, 9, 2, isNullable: nullable),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, null),
        };
    }

    private static DateTimeDataField Timestamp(string name, DateTimeFormat format, DateTimeTimeUnit? unit, bool nullable) =>
        new(name, format, isAdjustedToUTC: true, unit: unit, isNullable: nullable);

    private static Task WriteAsync(ParquetRowGroupWriter rowGroup, DataField field, FixtureColumn column, int start, int count)
    {
        var values = column.Values.Skip(start).Take(count).ToArray();
        return column.Type switch
        {
            FixtureType.Utf8 => WriteTexts(rowGroup, field, values.Select(v => (string?)v).ToArray()),
            FixtureType.Int32 => Write(rowGroup, field, values, v => Convert.ToInt32(v, CultureInfo.InvariantCulture)),
            FixtureType.Int64 => Write(rowGroup, field, values, v => Convert.ToInt64(v, CultureInfo.InvariantCulture)),
            FixtureType.Date => Write(rowGroup, field, values, v => v is DateTime t ? DateOnly.FromDateTime(t) : (DateOnly)v),
            FixtureType.TimestampMillis or FixtureType.TimestampMicros or FixtureType.TimestampNanos or FixtureType.TimestampInt96 =>
                Write(rowGroup, field, values, Instant),
            FixtureType.Boolean => Write(rowGroup, field, values, v => (bool)v),
            FixtureType.Double => Write(rowGroup, field, values, v => Convert.ToDouble(v, CultureInfo.InvariantCulture)),
            FixtureType.Decimal92 => Write(rowGroup, field, values, v => Convert.ToDecimal(v, CultureInfo.InvariantCulture)),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, null),
        };
    }

    // A REQUIRED column is written from non-nullable values; a null there is the test's mistake, said as such.
    private static Task Write<T>(ParquetRowGroupWriter rowGroup, DataField field, object?[] values, Func<object, T> convert)
        where T : struct
    {
        if (field.IsNullable)
        {
            return rowGroup.WriteAsync<T>(field, values.Select(v => v is null ? (T?)null : convert(v)).ToArray().AsMemory(), null, null, CancellationToken.None);
        }

        return rowGroup.WriteAsync<T>(field, values.Select((v, row) => convert(v ?? throw RequiredNull(field, row))).ToArray().AsMemory(), null, null, CancellationToken.None);
    }

    private static Task WriteTexts(ParquetRowGroupWriter rowGroup, DataField field, string?[] values) =>
        !field.IsNullable && Array.IndexOf(values, null) is var row and >= 0
            ? throw RequiredNull(field, row)
            : rowGroup.WriteAsync(field, values);

    private static ArgumentException RequiredNull(DataField field, int row) =>
        new($"fixture column '{field.Name}' is required but row {row} is null");

    // Unspecified times are taken as UTC so that a fixture never depends on the machine's time zone.
    private static DateTime Instant(object value) => value switch
    {
        DateTime { Kind: DateTimeKind.Unspecified } t => DateTime.SpecifyKind(t, DateTimeKind.Utc),
        DateTime t => t.ToUniversalTime(),
        DateTimeOffset o => o.UtcDateTime,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        _ => throw new ArgumentException($"{value} is not a date or time"),
    };
}
