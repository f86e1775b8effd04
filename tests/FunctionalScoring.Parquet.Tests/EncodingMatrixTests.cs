using FunctionalScoring.Parquet.Tests.Reference;
using PS = ParquetSharp;

namespace FunctionalScoring.Parquet.Tests;

/// <summary>
/// The whole matrix, one file each: every encoding of each physical type × data page V1/V2 × every
/// codec × required/optional, on values at the edges (extreme integers, both ends of DateOnly and
/// one day beyond, 9999-12-01, non-ASCII shared prefixes), decoded as Arrow reads them.
/// </summary>
public sealed class EncodingMatrixTests
{
    private static readonly Shape[] OnePerPhysicalType = [Shape.Date, Shape.Micros, Shape.Int96, Shape.Text, Shape.Fixed];

    public static TheoryData<string, WriteEncoding, PS.ParquetDataPageVersion, PS.Compression, bool> Matrix()
    {
        var data = new TheoryData<string, WriteEncoding, PS.ParquetDataPageVersion, PS.Compression, bool>();
        foreach (var shape in OnePerPhysicalType)
        {
            foreach (var encoding in shape.Encodings)
            {
                foreach (var version in new[] { PS.ParquetDataPageVersion.V1, PS.ParquetDataPageVersion.V2 })
                {
                    foreach (var codec in Generators.Codecs)
                    {
                        data.Add(shape.Name, encoding, version, codec, false);
                        data.Add(shape.Name, encoding, version, codec, true);
                    }
                }
            }
        }

        return data;
    }

    public static TheoryData<string, WriteEncoding> LogicalTypes()
    {
        var data = new TheoryData<string, WriteEncoding>();
        foreach (var shape in Shape.All)
        {
            foreach (var encoding in shape.Encodings)
            {
                data.Add(shape.Name, encoding);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Every_encoding_page_version_codec_and_nullability_decodes_as_arrow_reads_it(
        string shape, WriteEncoding encoding, PS.ParquetDataPageVersion version, PS.Compression codec, bool optional) =>
        AssertDecodesAsArrowReads(Shape.All.Single(s => s.Name == shape), new Settings(encoding, version, codec, optional, Checksums: optional));

    [Theory]
    [MemberData(nameof(LogicalTypes))]
    public void Every_logical_type_decodes_as_arrow_reads_it(string shape, WriteEncoding encoding) =>
        AssertDecodesAsArrowReads(
            Shape.All.Single(s => s.Name == shape), new Settings(encoding, PS.ParquetDataPageVersion.V2, PS.Compression.Snappy, Optional: true, RowGroupRows: 150));

    private static void AssertDecodesAsArrowReads(Shape shape, Settings settings)
    {
        var rows = EdgeRows(shape, settings.Optional);
        var file = ReferenceFile.Write(shape, settings, rows);
        var read = ReferenceReader.Read(file, 0, verifyChecksums: settings.Checksums);
        var decoded = Component.Decode(file, ReferenceFile.Column, shape.Target);

        Assert.True(Written.AsAsked(file, settings));
        Assert.Null(decoded.Error);
        Assert.Equal(rows.Select(Hex), read.Select(Hex));
        Assert.Equal(read.Select(raw => Expected.Of(shape.Physical, shape.Meaning, raw, TextRendering.Hex)), decoded.Rows);
        Assert.All(decoded.Descriptors, d => Assert.Equal(shape.Meaning, d.Meaning));
    }

    private static string Hex(byte[]? raw) => raw is null ? "null" : Convert.ToHexString(raw);

    /// <summary>200 rows cycling through the shape's edge values (so they also repeat), every fifth null when optional.</summary>
    private static byte[]?[] EdgeRows(Shape shape, bool optional)
    {
        var edges = EdgeValues(shape);
        return [.. Enumerable.Range(0, 200).Select(i => optional && i % 5 == 1 ? null : edges[i * 7 % edges.Length])];
    }

    private static byte[][] EdgeValues(Shape shape) => shape.Meaning switch
    {
        ValueMeaning.Date => [.. new[] { -719_162, -719_163, 2_932_896, 2_932_897, 2_932_866, 0, -1, 19_800, int.MinValue, int.MaxValue }.Select(BitConverter.GetBytes)],
        ValueMeaning.Timestamp when shape.Physical == PhysicalType.Int96 => [.. new (long Nanos, int Julian)[]
        {
            (0, 2_440_588), (-1, 2_440_588), (86_400_000_000_000, 2_440_588), (3_600_000_000_000, 2_460_000),
            (0, 1_721_426), (0, 1_721_425), (86_399_999_999_999, 5_373_484), (0, 5_373_485), (long.MinValue, int.MaxValue),
        }.Select(v => (byte[])[.. BitConverter.GetBytes(v.Nanos), .. BitConverter.GetBytes(v.Julian)])],
        ValueMeaning.Timestamp(var unit) => [.. Instants(unit).Select(BitConverter.GetBytes)],
        ValueMeaning.Integer when shape.Physical == PhysicalType.Int32 =>
            [.. new[] { 0, 1, -1, int.MinValue, int.MaxValue, 127, 128, 255, 256, 32_768, 65_535, 65_536, 42 }.Select(BitConverter.GetBytes)],
        ValueMeaning.Integer => [.. new[] { 0L, 1L, -1L, long.MinValue, long.MaxValue, int.MaxValue + 1L, uint.MaxValue + 1L, 42L }.Select(BitConverter.GetBytes)],
        _ when shape.Physical == PhysicalType.ByteArray =>
            [.. new[] { "éab", "éa", "é", "", "José-10", "José-1", "😀😀", "Microsoft Teams Premium — Ω", "Microsoft Teams", "a" }.Select(System.Text.Encoding.UTF8.GetBytes)],
        _ => [[0x61, 0x62, 0x63], [0xC3, 0xA9, 0x61], [0x00, 0x00, 0x00], [0xFF, 0xFE, 0xFD], [0xE2, 0x82, 0xAC]],
    };

    /// <summary>Around 1970 (negative too), DateOnly's first and last instant and one beyond each, 9999-12-01, the extremes of long.</summary>
    private static long[] Instants(TimeUnit unit)
    {
        if (unit == TimeUnit.Nanos)
        {
            return [-1L, 0L, 1L, -86_400_000_000_000L - 1, long.MinValue, long.MaxValue, 1_719_792_000_000_000_000L];
        }

        var perDay = unit == TimeUnit.Millis ? 86_400_000L : 86_400_000_000L;
        return [-1L, 0L, 1L, (2_932_897L * perDay) - 1, 2_932_897L * perDay, -719_162L * perDay, (-719_162L * perDay) - 1, 2_932_866L * perDay,
            long.MinValue, long.MaxValue, 19_905L * perDay];
    }
}
