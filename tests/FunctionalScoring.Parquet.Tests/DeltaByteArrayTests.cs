using System.Text;
using FunctionalScoring.Parquet.Tests.Reference;
using PS = ParquetSharp;

namespace FunctionalScoring.Parquet.Tests;

/// <summary>
/// DELTA_BYTE_ARRAY prefixes count bytes. Parquet.Net 6.1 counted characters: ["éab", "éa"] read back
/// as ["éab", "éab"] (two persons became one), and a repeated non-ASCII value threw.
/// </summary>
public sealed class DeltaByteArrayTests
{
    [Theory]
    [InlineData(PS.ParquetDataPageVersion.V1, new[] { "éab", "éa" })]
    [InlineData(PS.ParquetDataPageVersion.V2, new[] { "éab", "éa" })]
    [InlineData(PS.ParquetDataPageVersion.V1, new[] { "José-10", "José-1" })]
    [InlineData(PS.ParquetDataPageVersion.V1, new[] { "é", "é", "é", "éé", "é" })]
    [InlineData(PS.ParquetDataPageVersion.V2, new[] { "Ω-ünï", "Ω-ünï", "Ω-ü", "😀", "😀😀", "" })]
    public void Shared_prefixes_are_counted_in_bytes(PS.ParquetDataPageVersion version, string[] values)
    {
        var file = ReferenceFile.Write(
            Shape.Text, new Settings(WriteEncoding.DeltaByteArray, version, PS.Compression.Uncompressed, Optional: false),
            [.. values.Select(Encoding.UTF8.GetBytes)]);

        var decoded = Component.Decode(file, ReferenceFile.Column, Target.Text, TextRendering.Utf8);

        Assert.True(Written.AsAsked(file, new Settings(WriteEncoding.DeltaByteArray, version, PS.Compression.Uncompressed, false)));
        Assert.Null(decoded.Error);
        Assert.Equal(values.Select(Row.Text), decoded.Rows);
    }
}
