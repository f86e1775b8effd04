using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using Parquet;
using static FunctionalScoring.Shell.Parquet.ParquetFixture;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Parquet;

/// <summary>The fast path for text columns (FunctionalScoring.Parquet) decodes exactly what the library decodes, or declines.</summary>
public sealed class TextChunkTests : IDisposable
{
    private static readonly string[] Alphabet = ["Teams", "teams", " Teams ", "", "Ω-ünï", "😀", "00000000-0000-0000-0000-000000000001", "\u00A0"];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Dictionary_encoded_text_decodes_like_the_library_with_nulls_and_repeats()
    {
        var path = folder.File("t.parquet");
        object?[] first = ["b", null, "a", "b", "Ω", "b", "a", "b", "a", "b"];
        object?[] second = [null, null, "a", "Ω", "a", "a", "Ω", "a", "a", "a"];
        Write(path, [10, 10], CompressionMethod.Snappy, Dictionary("s", FixtureType.Utf8, [.. first, .. second]));

        var (fast, library) = await DecodeBothAsync(path, nullable: true);

        Assert.True(fast.Accepted);
        Assert.Equal(library, fast.Result);
        Assert.Equal(new[] { "b", "a", "Ω" }, fast.Result.Dictionary.ToArray());
    }

    [Fact]
    public async Task Uncompressed_and_required_columns_take_the_fast_path_too()
    {
        var path = folder.File("t.parquet");
        Write(path, null, CompressionMethod.None, Dictionary("s", FixtureType.Utf8, "x", "y", "x", "x", "x", "y", "x", "x", "x", "x") with { Required = true });

        var (fast, library) = await DecodeBothAsync(path, nullable: false);

        Assert.True(fast.Accepted);
        Assert.Equal(library, fast.Result);
    }

    [Fact]
    public async Task Gzip_and_plain_encoded_chunks_take_the_fast_path_too()
    {
        var gzip = folder.File("gzip.parquet");
        Write(gzip, null, CompressionMethod.Gzip, Dictionary("s", FixtureType.Utf8, "x", "y", "x", "x", "x", "y", "x", "x"));
        var plain = folder.File("plain.parquet");
        Write(plain, null, CompressionMethod.Snappy, Column("s", FixtureType.Utf8, "x", "y", "z"));

        foreach (var path in new[] { gzip, plain })
        {
            var (fast, library) = await DecodeBothAsync(path, nullable: true);

            Assert.True(fast.Accepted);
            Assert.Equal(library, fast.Result);
        }
    }

    [Property(MaxTest = 60)]
    public Property Any_text_column_decodes_like_the_library() =>
        Prop.ForAll(Texts().ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), (values, groups) =>
        {
            var path = folder.File($"p{Guid.NewGuid():N}.parquet");
            Write(path, Split(values.Length, groups), CompressionMethod.Snappy, Dictionary("s", FixtureType.Utf8, values));
            var (fast, library) = DecodeBothAsync(path, nullable: true).GetAwaiter().GetResult();
            return (fast.Result == library).Classify(fast.Accepted, "every row group on the fast path");
        });

    [Property(MaxTest = 200)]
    public Property A_corrupted_chunk_never_throws_and_never_decodes_differently_from_the_library() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 255).ToArbitrary(), (at, flip) =>
        {
            var path = folder.File($"c{Guid.NewGuid():N}.parquet");
            Write(path, Dictionary("s", FixtureType.Utf8, "alpha", null, "beta", "alpha", "gamma", "beta", "alpha"));
            var bytes = File.ReadAllBytes(path);
            var (start, length) = ChunkRange(path);
            bytes[start + (at % length)] ^= (byte)flip;
            File.WriteAllBytes(path, bytes);

            var (fast, library) = DecodeBothAsync(path, nullable: true, libraryMayFail: true).GetAwaiter().GetResult();
            return !fast.Accepted || library is null || fast.Result == library;
        });

    private static Gen<object?[]> Texts() =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (6, Gen.Elements(Alphabet).Select(s => (string?)s)))
            .ArrayOf()
            .Where(a => a.Length > 0)
            .Select(a => a.Cast<object?>().ToArray());

    private static int[] Split(int rows, int groups)
    {
        var size = Math.Max(1, (rows + groups - 1) / groups);
        return [.. Enumerable.Range(0, (rows + size - 1) / size).Select(i => Math.Min(size, rows - (i * size)))];
    }

    private static (int Start, int Length) ChunkRange(string path)
    {
        var reader = ParquetReader.CreateAsync(path).GetAwaiter().GetResult();
        var meta = reader.OpenRowGroupReader(0).GetMetadata(reader.Schema.DataFields[0])!.MetaData!;
        reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var start = meta.DictionaryPageOffset is > 0 and var d ? Math.Min(d, meta.DataPageOffset) : meta.DataPageOffset;
        return ((int)start, (int)meta.TotalCompressedSize);
    }

    /// <summary>
    /// Every row group of column <c>s</c> decoded as the stream does (fast path, else the library) and
    /// through the library alone, each with its own dictionary; <c>Accepted</c>: the fast path took every group.
    /// </summary>
    private async Task<((bool Accepted, Decoded Result) Fast, Decoded? Library)> DecodeBothAsync(string path, bool nullable, bool libraryMayFail = false)
    {
        var part = new SourcePart(path, Path.GetFileName(path));
        var opened = await TablePlanner.OpenAsync(part, Seq1(ColumnSpec.Text("s", nullable)), CancellationToken.None);
        var (reader, columns) = ((ParquetReader, Seq<BoundColumn>))opened.Case;
        await using var _ = reader;
        using var file = File.OpenHandle(path);
        var column = columns[0];
        var fast = new Collected(column.Spec);
        var library = new Collected(column.Spec);
        var accepted = true;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var rowGroup = reader.OpenRowGroupReader(g);
            var rows = (int)rowGroup.RowCount;
            var probe = new BatchColumn(column.Spec, Some(new TextDictionary()));
            probe.Reset(rows);
            accepted &= TextChunk.TryDecode(file, rowGroup.GetMetadata(column.Field)!, column, probe);
            await DecodeAsync(rowGroup, file, column, fast, libraryMayFail);
            await DecodeAsync(rowGroup, null, column, library, libraryMayFail);
        }

        return ((accepted, fast.Result), library.Failed ? null : library.Result);
    }

    private static async Task DecodeAsync(ParquetRowGroupReader rowGroup, Microsoft.Win32.SafeHandles.SafeFileHandle? file, BoundColumn column, Collected into, bool mayFail)
    {
        into.Target.Reset((int)rowGroup.RowCount);
        try
        {
            await ColumnDecoder.DecodeAsync(rowGroup, file, column, into.Target, CancellationToken.None);
            into.Take();
        }
        catch (Exception) when (mayFail)
        {
            // The stream reports this as a corrupt file; only the fast path itself must never throw.
            into.Failed = true;
        }
    }

    private sealed record Decoded(string Rows, string Nulls, Seq<string> Dictionary);

    private sealed class Collected(ColumnSpec spec)
    {
        private readonly List<string> rows = [];
        private readonly List<int> nulls = [];

        public BatchColumn Target { get; } = new(spec, Some(new TextDictionary()));

        public bool Failed { get; set; }

        public Decoded Result => new(string.Join(",", rows), string.Join(",", nulls), ((TextDictionary)Target.Dictionary).ToArray().ToSeq());

        public void Take()
        {
            nulls.Add(Target.NullCount);
            for (var i = 0; i < Target.Length; i++)
            {
                rows.Add(Target.HasValue[i] ? Target.Int32Values[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : "-");
            }
        }
    }
}
