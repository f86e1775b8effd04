using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PlainEncoding = Parquet.Meta.Encoding;

namespace FunctionalScoring.Parquet.Tests.Writing;

/// <summary>
/// Random tables written by <see cref="ParquetFileWriter"/> read back value for value with four
/// independent readers: the project's decoder, Parquet.Net, Arrow C++ (ParquetSharp) and DuckDB.
/// </summary>
public sealed class WriterRoundTripTests
{
    private const int Cases = 60;

    [Property(MaxTest = Cases)]
    public Property The_projects_decoder_reads_back_every_text_integer_and_date() =>
        ReadsBack(DecoderReading.Read);

    [Property(MaxTest = Cases)]
    public Property Parquet_net_reads_back_every_value() => ReadsBack(ParquetNetReading.Read);

    [Property(MaxTest = Cases)]
    public Property Arrow_reads_back_every_value() => ReadsBack(ArrowReading.Read);

    [Property(MaxTest = Cases)]
    public Property DuckDB_reads_back_every_value() => ReadsBack(DuckDbReading.Read);

    /// <summary>The chunk's dictionary is the values in first-use order, so the caller's codes never show in the bytes.</summary>
    [Property(MaxTest = Cases)]
    public Property The_same_values_under_other_codes_give_the_same_bytes() =>
        Prop.ForAll(WriterGenerators.Tables(), table =>
            TableFile.Write(table, CodeOrder.FirstUse).AsSpan().SequenceEqual(TableFile.Write(table, CodeOrder.Scrambled))
                .Classify(table.Columns.All(c => c.Type != WriterType.Text), "no text column"));

    private static Property ReadsBack(Func<byte[], TableCase, object?[]?[]> read) =>
        Prop.ForAll(WriterGenerators.Tables(), table =>
        {
            var file = TableFile.Write(table);
            var difference = Same.FirstDifference(table, read(file, table));
            var text = ParquetNetReading.Chunks(file).Where(c => c.Column.EndsWith("_Text", StringComparison.Ordinal)).ToList();
            return (difference is null).Label(difference ?? "")
                .Classify(text.Any(c => c.Encodings.Contains(PlainEncoding.RLE_DICTIONARY)), "a text chunk dictionary-encoded")
                .Classify(text.Any(c => !c.Encodings.Contains(PlainEncoding.RLE_DICTIONARY)), "a text chunk written PLAIN")
                .Classify(table.GroupSizes.Length > 1, "several row groups")
                .Classify(table.Values.Any(v => v.Length > 0 && v.All(x => x is null)), "a column all null");
        });
}
