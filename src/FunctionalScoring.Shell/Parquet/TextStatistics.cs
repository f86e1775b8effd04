using LanguageExt;
using Parquet;
using Parquet.Schema;
using static LanguageExt.Prelude;
using PhysicalType = Parquet.Meta.Type;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// The UTF-8 byte range a row group's statistics promise for a text column. Only the
/// <c>min_value</c>/<c>max_value</c> fields are used: they are ordered as unsigned bytes, and a writer
/// that truncates them keeps them bounds. The deprecated <c>min</c>/<c>max</c> were signed and are ignored.
/// </summary>
internal static class TextStatistics
{
    public static Option<(byte[] Min, byte[] Max)> Range(ParquetRowGroupReader rowGroup, BoundColumn column) =>
        column.Field is DataField { SchemaElement.Type: PhysicalType.BYTE_ARRAY }
        && rowGroup.GetMetadata(column.Field)?.MetaData?.Statistics is { MinValue: { } min, MaxValue: { } max }
            ? Some((min, max))
            : None;
}

/// <summary>
/// Row-group pruning on a requested text column: a row group whose statistics give
/// <c>Keep(minUtf8, maxUtf8) == false</c> holds no wanted value and is not decoded. For slices only
/// (one partner's tenants): pruned rows are not counted as outside the window.
/// </summary>
public sealed record TextRangeFilter(string Column, Func<byte[], byte[], bool> Keep)
{
    /// <summary>Keeps a row group when one of <paramref name="values"/> may lie in its range (UTF-8 bytes, unsigned order).</summary>
    public static TextRangeFilter Holding(string column, IEnumerable<string> values)
    {
        var sorted = values.Select(v => System.Text.Encoding.UTF8.GetBytes(v)).Order(ByteOrder.Instance).ToArray();
        return new TextRangeFilter(column, (min, max) =>
        {
            var at = System.Array.BinarySearch(sorted, min, ByteOrder.Instance);
            var first = at >= 0 ? at : ~at;
            return first < sorted.Length && ByteOrder.Instance.Compare(sorted[first], max) <= 0;
        });
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
