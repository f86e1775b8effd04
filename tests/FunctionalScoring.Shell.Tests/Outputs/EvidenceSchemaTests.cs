using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using FunctionalScoring.Shell.Tests.Parquet;
using Parquet;
using Parquet.Meta;
using static LanguageExt.Prelude;
using Type = Parquet.Meta.Type;

namespace FunctionalScoring.Shell.Tests.Outputs;

/// <summary>evidence.parquet's footer, now that FunctionalScoring.Parquet writes it instead of Parquet.Net.</summary>
public sealed class EvidenceSchemaTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>The schema Parquet.Net 6.1 wrote for evidence before: names, types, annotations, every column OPTIONAL.</summary>
    [Fact]
    public async Task The_evidence_file_keeps_the_schema_Parquet_Net_wrote_every_column_optional()
    {
        var footer = await Footer(await WriteAsync(Seq1(Row())));
        var byParquetNet = folder.File("parquet-net.parquet");
        await ParquetTableWriter.WriteAsync(ResultFrames.Evidence(Seq1(Row())), OutputFiles.EvidenceSchema, byParquetNet);

        const string text = "STRING UTF8", date = "DATE DATE", integer = "INT(64, signed) INT_64";
        (string, Type?, FieldRepetitionType?, string)[] expected =
        [
            ("partner_id", Type.BYTE_ARRAY, Optional, text), ("path", Type.BYTE_ARRAY, Optional, text), ("metric", Type.BYTE_ARRAY, Optional, text),
            ("kind", Type.BYTE_ARRAY, Optional, text), ("association_type", Type.BYTE_ARRAY, Optional, text), ("reported", Type.BOOLEAN, Optional, ""),
            ("tenant_id", Type.BYTE_ARRAY, Optional, text), ("workload", Type.BYTE_ARRAY, Optional, text), ("person_id", Type.BYTE_ARRAY, Optional, text),
            ("certification", Type.BYTE_ARRAY, Optional, text), ("month", Type.INT32, Optional, date), ("contribution", Type.INT64, Optional, integer),
            ("claim_month", Type.INT32, Optional, date), ("start_month", Type.INT32, Optional, date), ("mau_at_start", Type.INT64, Optional, integer),
            ("pau", Type.INT64, Optional, integer), ("mau", Type.INT64, Optional, integer), ("active_share", Type.DOUBLE, Optional, ""),
            ("excluded_by_r18", Type.BOOLEAN, Optional, ""), ("lost", Type.BOOLEAN, Optional, ""),
        ];
        Assert.Equal([expected, expected], [Columns(footer), Columns(await Footer(byParquetNet))]);
    }

    /// <summary>Tenant ids, workloads and the like repeat: each chunk of text stores them once, in a dictionary page.</summary>
    [Fact]
    public async Task Repeated_text_is_dictionary_encoded_and_months_carry_their_bounds()
    {
        var rows = Enumerable.Range(0, 50).Select(i => Row() with { TenantId = $"t{i % 5}", Month = Month.Of(2025, 1 + (i % 6)) }).ToSeq();

        var chunks = (await Footer(await WriteAsync(rows))).RowGroups.Single().Columns.ToDictionary(c => c.MetaData!.PathInSchema.Single(), c => c.MetaData!);

        Assert.Equal(
            ("PLAIN RLE RLE_DICTIONARY", true, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 1)),
            (string.Join(' ', chunks["tenant_id"].Encodings), chunks["tenant_id"].DictionaryPageOffset is not null, Day(chunks["month"].Statistics!.MinValue!), Day(chunks["month"].Statistics!.MaxValue!)));
    }

    private const FieldRepetitionType Optional = FieldRepetitionType.OPTIONAL;

    private static DateOnly Day(byte[] value) => DateOnly.FromDayNumber(new DateOnly(1970, 1, 1).DayNumber + BitConverter.ToInt32(value));

    private static (string, Type?, FieldRepetitionType?, string)[] Columns(FileMetaData footer) =>
        [.. footer.Schema.Skip(1).Select(element => (element.Name, element.Type, element.RepetitionType, Annotation(element)))];

    private static string Annotation(SchemaElement element) => (element.LogicalType, element.ConvertedType) switch
    {
        ({ STRING: not null }, var converted) => $"STRING {converted}",
        ({ DATE: not null }, var converted) => $"DATE {converted}",
        ({ INTEGER: { } i }, var converted) => $"INT({i.BitWidth}, {(i.IsSigned ? "signed" : "unsigned")}) {converted}",
        (null, null) => "",
        var other => $"{other}",
    };

    private async Task<string> WriteAsync(LanguageExt.Seq<Evidence> rows)
    {
        var path = folder.File("evidence.parquet");
        await using var file = await EvidenceFile.CreateAsync(path);
        await file.AddAsync([rows]);
        await file.CompleteAsync();
        return path;
    }

    private static async Task<FileMetaData> Footer(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        return reader.Metadata!;
    }

    private static Evidence Row() =>
        new("P1", PathName.SMB, Metric.Deployments, EvidenceKind.Deployment, AssociationType.CSP, Reported: true, "t1", "Teams", None, None,
            Month.Of(2025, 6), 1, Month.Of(2024, 1), None, None, 100L, 60L, true, None);
}
