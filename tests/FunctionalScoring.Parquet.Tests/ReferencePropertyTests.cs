using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Parquet.Tests.Reference;
using PS = ParquetSharp;

namespace FunctionalScoring.Parquet.Tests;

/// <summary>
/// For each encoding and data page version: random columns written by Arrow C++ (ParquetSharp), with
/// a random codec, nullability, CRCs and row groups, decode to exactly what Arrow reads back.
/// </summary>
public sealed class ReferencePropertyTests
{
    private const int Cases = 30;

    [Property(MaxTest = Cases)]
    public Property Plain_V1_decodes_as_arrow_reads_it() => Agrees(WriteEncoding.Plain, PS.ParquetDataPageVersion.V1);

    [Property(MaxTest = Cases)]
    public Property Plain_V2_decodes_as_arrow_reads_it() => Agrees(WriteEncoding.Plain, PS.ParquetDataPageVersion.V2);

    [Property(MaxTest = Cases)]
    public Property Dictionary_V1_decodes_as_arrow_reads_it() => Agrees(WriteEncoding.Dictionary, PS.ParquetDataPageVersion.V1);

    [Property(MaxTest = Cases)]
    public Property Dictionary_V2_decodes_as_arrow_reads_it() => Agrees(WriteEncoding.Dictionary, PS.ParquetDataPageVersion.V2);

    [Property(MaxTest = Cases)]
    public Property Delta_binary_packed_V1_decodes_as_arrow_reads_it() => Agrees(WriteEncoding.DeltaBinaryPacked, PS.ParquetDataPageVersion.V1);

    [Property(MaxTest = Cases)]
    public Property Delta_binary_packed_V2_decodes_as_arrow_reads_it() => Agrees(WriteEncoding.DeltaBinaryPacked, PS.ParquetDataPageVersion.V2);

    [Property(MaxTest = Cases)]
    public Property Delta_length_byte_array_V1_decodes_as_arrow_reads_it() => Agrees(WriteEncoding.DeltaLengthByteArray, PS.ParquetDataPageVersion.V1);

    [Property(MaxTest = Cases)]
    public Property Delta_length_byte_array_V2_decodes_as_arrow_reads_it() => Agrees(WriteEncoding.DeltaLengthByteArray, PS.ParquetDataPageVersion.V2);

    [Property(MaxTest = Cases)]
    public Property Delta_byte_array_V1_decodes_as_arrow_reads_it() => Agrees(WriteEncoding.DeltaByteArray, PS.ParquetDataPageVersion.V1);

    [Property(MaxTest = Cases)]
    public Property Delta_byte_array_V2_decodes_as_arrow_reads_it() => Agrees(WriteEncoding.DeltaByteArray, PS.ParquetDataPageVersion.V2);

    [Property(MaxTest = Cases)]
    public Property Byte_stream_split_V1_decodes_as_arrow_reads_it() => Agrees(WriteEncoding.ByteStreamSplit, PS.ParquetDataPageVersion.V1);

    [Property(MaxTest = Cases)]
    public Property Byte_stream_split_V2_decodes_as_arrow_reads_it() => Agrees(WriteEncoding.ByteStreamSplit, PS.ParquetDataPageVersion.V2);

    [Property(MaxTest = Cases)]
    public Property Text_through_the_utf8_interner_decodes_as_arrow_reads_it_with_invalid_bytes_rejected() =>
        Prop.ForAll(
            (from encoding in Gen.Elements(Shape.Text.Encodings)
             from version in Gen.Elements(PS.ParquetDataPageVersion.V1, PS.ParquetDataPageVersion.V2)
             from settings in Generators.Settings(encoding, version)
             from rows in Generators.Rows(Shape.Text, settings.Optional, TextRendering.Utf8)
             select new Case(Shape.Text, settings, rows)).ToArbitrary(),
            c => Check(c, TextRendering.Utf8));

    private static Property Agrees(WriteEncoding encoding, PS.ParquetDataPageVersion version) =>
        Prop.ForAll(Generators.Case(encoding, version).ToArbitrary(), c => Check(c, TextRendering.Hex));

    private static Property Check(Case c, TextRendering text)
    {
        var file = ReferenceFile.Write(c.Shape, c.Settings, c.Rows);
        var read = ReferenceReader.Read(file, 0, verifyChecksums: c.Settings.Checksums);
        var expected = read.Select(raw => Expected.Of(c.Shape.Physical, c.Shape.Meaning, raw, text)).ToList();
        var decoded = Component.Decode(file, ReferenceFile.Column, c.Shape.Target, text);
        var agrees = decoded.Error is null && decoded.Rows.SequenceEqual(expected) && read.Count == c.Rows.Length;
        return (agrees && Written.AsAsked(file, c.Settings))
            .Label($"as asked: {Written.AsAsked(file, c.Settings)}; {decoded.Error?.Message} expected {string.Join(",", expected.Take(20))} got {string.Join(",", decoded.Rows.Take(20))}")
            .Classify(expected.Any(r => r.State is ValueState.OutOfRange or ValueState.InvalidText), "some rows rejected")
            .Classify(expected.All(r => r.State == ValueState.Null), "every row null")
            .Classify(decoded.Descriptors.Count > 1, "several row groups");
    }
}
