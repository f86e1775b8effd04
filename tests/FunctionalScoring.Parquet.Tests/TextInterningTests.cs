using System.Text;
using FunctionalScoring.Parquet.Tests.Reference;
using PS = ParquetSharp;

namespace FunctionalScoring.Parquet.Tests;

/// <summary>Text reaches the caller as codes: a dictionary entry is interned once per chunk, and codes follow first use whatever the encoding.</summary>
public sealed class TextInterningTests
{
    private static readonly byte[]?[] Rows =
        [.. Enumerable.Range(0, 3000).Select(i => i % 11 == 0 ? null : Encoding.UTF8.GetBytes(new[] { "Teams", "Ω-ünï", "", "😀" }[i * 7 % 4]))];

    [Fact]
    public void A_dictionary_entry_is_interned_once_per_chunk_however_many_rows_use_it()
    {
        var file = ReferenceFile.Write(Shape.Text, new Settings(WriteEncoding.Dictionary, PS.ParquetDataPageVersion.V1, PS.Compression.Snappy, Optional: true, RowGroupRows: 3000), Rows);
        var (field, chunks) = Component.Footer(file, ReferenceFile.Column);
        Assert.True(ParquetNetChunks.TryDescribe(field, chunks[0], out var descriptor, out _));
        var table = new ByteTable();

        var result = ColumnChunkDecoder.DecodeText(file.AsSpan((int)descriptor.Start, (int)descriptor.Length), descriptor, table, new int[3000], new ValueState[3000]);

        Assert.Equal((new ChunkDecoded(3000, Rows.Count(r => r is null), 0), 4), (result, table.Calls));
    }

    [Fact]
    public void Codes_follow_the_order_rows_first_use_values_whatever_the_encoding()
    {
        int[][] codes = [.. Shape.Text.Encodings.Select(encoding =>
        {
            var file = ReferenceFile.Write(Shape.Text, new Settings(encoding, PS.ParquetDataPageVersion.V2, PS.Compression.Zstd, Optional: true, RowGroupRows: 3000), Rows);
            var (field, chunks) = Component.Footer(file, ReferenceFile.Column);
            Assert.True(ParquetNetChunks.TryDescribe(field, chunks[0], out var descriptor, out _));
            var values = new int[3000];
            ColumnChunkDecoder.DecodeText(file.AsSpan((int)descriptor.Start, (int)descriptor.Length), descriptor, new Utf8Interner(), values, new ValueState[3000]);
            return values;
        })];

        Assert.All(codes, c => Assert.Equal(codes[0], c));
        Assert.Equal([0, 1, 2, 3], codes[0].Where((_, i) => Rows[i] is not null).Distinct());
    }
}
