using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FunctionalScoring.Parquet.Tests.Writing;

/// <summary>
/// Each chunk's statistics in the footer are its values' bounds in the type's order and its null count,
/// as Parquet.Net reads the footer; the deprecated min/max only where the order is signed.
/// </summary>
public sealed class WriterStatisticsTests
{
    [Property(MaxTest = 100)]
    public Property Every_chunk_states_its_bounds_in_the_types_order_and_its_null_count() =>
        Prop.ForAll(WriterGenerators.Tables(), table =>
        {
            var file = TableFile.Write(table);
            var groupStarts = table.GroupSizes.Select((_, g) => table.GroupSizes.Take(g).Sum()).ToArray();
            var wrong = (
                from chunk in ParquetNetReading.Chunks(file)
                let c = Array.FindIndex(table.Columns, c => c.Name == chunk.Column)
                let type = table.Columns[c].Type
                let expected = ExpectedStatistics.Of(type, table.Slice(c, groupStarts[chunk.Group], table.GroupSizes[chunk.Group]))
                let stats = chunk.Statistics!
                let signed = type is WriterType.Int64 or WriterType.Date or WriterType.Double
                let agrees = stats.NullCount == expected.NullCount
                    && Same(stats.MinValue, expected.Min) && Same(stats.MaxValue, expected.Max)
                    && Same(stats.Min, signed ? expected.Min : null) && Same(stats.Max, signed ? expected.Max : null)
                where !agrees
                select $"{chunk.Column} in group {chunk.Group}: expected {expected.NullCount} nulls, {Hex(expected.Min)} to {Hex(expected.Max)}; " +
                    $"found {stats.NullCount}, {Hex(stats.MinValue)} to {Hex(stats.MaxValue)} (old {Hex(stats.Min)} to {Hex(stats.Max)})").FirstOrDefault();
            return (wrong is null).Label(wrong ?? "")
                .Classify(table.Values.Any(v => v.Contains(double.NaN)), "a NaN")
                .Classify(table.Values.Any(v => v.Any(x => x is double and 0)), "a zero double");
        });

    private static bool Same(byte[]? a, byte[]? b) => a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);

    private static string Hex(byte[]? bytes) => bytes is null ? "none" : Convert.ToHexString(bytes);
}
