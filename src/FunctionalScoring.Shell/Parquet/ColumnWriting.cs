using Parquet;
using Parquet.Schema;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>Writes one column of one row group, as OPTIONAL or REQUIRED as its field says.</summary>
internal static class ColumnWriting
{
    private const decimal LargestDecimal92 = 9_999_999.99m;

    public static Task WriteAsync<T>(ParquetRowGroupWriter rowGroup, DataField field, T?[] values, CancellationToken ct)
        where T : struct
    {
        if (field.IsNullable)
        {
            return rowGroup.WriteAsync<T>(field, values.AsMemory(), null, null, ct);
        }

        var required = new T[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            required[i] = values[i] ?? throw new ArgumentException($"column '{field.Name}' is required but row {i} is null");
        }

        return rowGroup.WriteAsync<T>(field, required.AsMemory(), null, null, ct);
    }

    public static Task WriteAsync(ParquetRowGroupWriter rowGroup, DataField field, string?[] values)
    {
        if (!field.IsNullable && Array.IndexOf(values, null) is var row and >= 0)
        {
            throw new ArgumentException($"column '{field.Name}' is required but row {row} is null");
        }

        return rowGroup.WriteAsync(field, values);
    }

    /// <summary>DECIMAL(9,2) values, each checked to fit first.</summary>
    public static Task WriteDecimals92Async(ParquetRowGroupWriter rowGroup, DataField field, decimal?[] values, CancellationToken ct)
    {
        foreach (var value in values)
        {
            if (value is { } v && (decimal.Round(v, 2) != v || Math.Abs(v) > LargestDecimal92))
            {
                // The library would truncate silently; a score must never change on its way to disk.
                throw new ArgumentException($"column '{field.Name}': {v} does not fit DECIMAL(9,2)");
            }
        }

        return WriteAsync(rowGroup, field, values, ct);
    }

    /// <summary>The row ranges of consecutive row groups of at most <paramref name="size"/> rows.</summary>
    public static IEnumerable<(int Start, int Count)> Chunks(long rows, int size)
    {
        for (var start = 0L; start < rows; start += size)
        {
            yield return ((int)start, (int)Math.Min(size, rows - start));
        }
    }
}
