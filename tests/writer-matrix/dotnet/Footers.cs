using Parquet;
using Parquet.Meta;
using Parquet.Schema;

namespace FunctionalScoring.WriterMatrix;

/// <summary>What the files of one column hold, gathered over every file and row group of a fixture.</summary>
public sealed class ColumnFacts(string table, string column, string kind, string type)
{
    public string Table => table;

    public string Column => column;

    /// <summary>"strings", "dates" or "integers".</summary>
    public string Class => kind;

    public string Type => type;

    public SortedSet<string> Codecs { get; } = [];

    public SortedSet<string> DataEncodings { get; } = [];

    public SortedSet<string> PageKinds { get; } = [];

    public bool Dictionary { get; set; }

    public bool Crc { get; set; }

    public bool Statistics { get; set; }

    public bool PageIndex { get; set; }
}

/// <summary>What a fixture's files really hold, read from their footers and page headers.</summary>
public sealed record FixtureFacts(string Folder, IReadOnlyList<string> CreatedBy, int Files, int RowGroups, long Bytes, IReadOnlyList<ColumnFacts> Columns)
{
    public IEnumerable<ColumnFacts> OfClass(string kind) => Columns.Where(c => c.Class == kind);
}

/// <summary>Reads a fixture's footers (Parquet.Net) and page headers.</summary>
public static class Footers
{
    public static async Task<FixtureFacts> ReadAsync(string folder)
    {
        var files = Directory.GetFiles(folder, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var columns = new Dictionary<string, ColumnFacts>();
        var createdBy = new SortedSet<string>();
        var rowGroups = 0;
        foreach (var path in files)
        {
            var bytes = await File.ReadAllBytesAsync(path);
            using var stream = new MemoryStream(bytes);
            await using var reader = await ParquetReader.CreateAsync(stream);
            createdBy.Add(reader.Metadata?.CreatedBy ?? "(none)");
            var table = Path.GetRelativePath(folder, path).Split(Path.DirectorySeparatorChar)[0].Replace(".parquet", "", StringComparison.Ordinal);
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                rowGroups++;
                using var group = reader.OpenRowGroupReader(g);
                foreach (var field in reader.Schema.GetDataFields())
                {
                    var key = table + "." + field.Name;
                    var facts = columns.TryGetValue(key, out var known) ? known : columns[key] = New(table, field);
                    Add(facts, group.GetMetadata(field)!, bytes);
                }
            }
        }

        return new FixtureFacts(folder, [.. createdBy], files.Count, rowGroups, files.Sum(f => new FileInfo(f).Length), [.. columns.Values]);
    }

    private static ColumnFacts New(string table, DataField field)
    {
        var se = field.SchemaElement!;
        var (kind, type) = (se.Type, se.LogicalType, se.ConvertedType) switch
        {
            (Parquet.Meta.Type.BYTE_ARRAY, _, _) => ("strings", "STRING"),
            (Parquet.Meta.Type.INT96, _, _) => ("dates", "INT96"),
            (Parquet.Meta.Type.INT32, { DATE: not null }, _) or (Parquet.Meta.Type.INT32, null, ConvertedType.DATE) => ("dates", "DATE"),
            (Parquet.Meta.Type.INT64, { TIMESTAMP: { } ts }, _) => ("dates", $"TIMESTAMP({Unit(ts.Unit)}{(ts.IsAdjustedToUTC ? ", UTC" : "")})"),
            (Parquet.Meta.Type.INT64, null, ConvertedType.TIMESTAMP_MILLIS) => ("dates", "TIMESTAMP(MILLIS, UTC)"),
            (Parquet.Meta.Type.INT64, null, ConvertedType.TIMESTAMP_MICROS) => ("dates", "TIMESTAMP(MICROS, UTC)"),
            (var physical, _, _) => ("integers", $"{physical}"),
        };
        return new ColumnFacts(table, field.Name, kind, type);
    }

    private static void Add(ColumnFacts facts, ColumnChunk chunk, byte[] file)
    {
        var meta = chunk.MetaData!;
        facts.Codecs.Add(meta.Codec.ToString());
        var start = meta.DictionaryPageOffset is > 0 and var d && d < meta.DataPageOffset ? d : meta.DataPageOffset;
        foreach (var page in PageHeaders.Walk(file, start, meta.TotalCompressedSize))
        {
            switch (page.Kind)
            {
                case PageHeaders.DictionaryPage:
                    facts.Dictionary = true;
                    break;
                case PageHeaders.DataPage or PageHeaders.DataPageV2:
                    facts.PageKinds.Add(page.Kind == PageHeaders.DataPage ? "v1" : "v2");
                    facts.DataEncodings.Add(((Encoding)page.Encoding).ToString());
                    break;
            }

            facts.Crc |= page.HasCrc;
        }

        facts.Statistics |= meta.Statistics is { } s && (s.MinValue is not null || s.Min is not null || s.NullCount is not null);
        facts.PageIndex |= chunk.ColumnIndexOffset is not null || chunk.OffsetIndexOffset is not null;
    }

    private static string Unit(Parquet.Meta.TimeUnit unit) =>
        unit.MILLIS is not null ? "MILLIS" : unit.MICROS is not null ? "MICROS" : "NANOS";
}
