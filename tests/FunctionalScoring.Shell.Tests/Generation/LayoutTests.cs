using FunctionalScoring.Core;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Parquet;
using FunctionalScoring.Shell.Tests.Parquet;
using LanguageExt;
using Parquet;
using Parquet.Meta;
using Parquet.Schema;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Generation;

/// <summary>The files themselves: §7's columns and types, several row groups, usage in month order with DATE statistics.</summary>
public sealed class LayoutTests : IDisposable
{
    private static readonly EvaluationWindow June2025 = new(Month.Of(2025, 6));

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Every_file_has_more_than_one_row_group()
    {
        var dataset = await GeneratedData.WriteAsync(GeneratedData.Small() with { Partners = 3, TenantsPerPartner = 3, RowGroupSize = Some(4) }, folder);

        foreach (var file in dataset.Tables.Bind(t => t.Files))
        {
            await using var reader = await ParquetReader.CreateAsync(file);
            Assert.True(reader.RowGroupCount > 1, $"{Path.GetFileName(file)} has {reader.RowGroupCount} row group");
        }
    }

    [Theory]
    [InlineData("associations", true)]
    [InlineData("usage", true)]
    [InlineData("certifications", true)]
    [InlineData("partners", false)] // every id once: Parquet.Net writes plain strings then
    public async Task A_table_has_exactly_its_section_7_columns_as_strings_INT64_and_DATE(string table, bool dictionary)
    {
        var dataset = await GeneratedData.WriteAsync(GeneratedData.Small(), folder);
        var expected = Schema(table);

        await using var reader = await ParquetReader.CreateAsync(dataset.Table(table).Files.Head);
        var fields = reader.Schema.GetDataFields();

        Assert.Equal(expected.Map(c => $"{c.Name}: {Expected(c.Kind, dictionary)}"), fields.Select(f => $"{f.Name}: {Describe(reader, f)}"));
    }

    [Fact]
    public async Task Usage_rows_come_month_by_month_then_by_tenant()
    {
        await GeneratedData.WriteAsync(GeneratedData.Small(), folder);
        var usage = (await DatasetLoader.LoadAsync(folder.Path)).IfLeft(e => throw new InvalidOperationException(e.Message)).Raw.Usage;

        var keys = Enumerable.Range(0, usage.Count)
            .Where(row => usage.Month[row] is not null && !string.IsNullOrWhiteSpace(usage.Tenant[row]))
            .Select(row => (Month: Month.Of(usage.Month[row]!.Value).Index, Tenant: usage.Tenant[row]!))
            .ToList();

        Assert.Equal(keys.OrderBy(k => k.Month).ThenBy(k => k.Tenant, StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task Row_groups_outside_the_window_are_skipped_by_their_DATE_statistics_without_changing_a_score()
    {
        await GeneratedData.WriteAsync(GeneratedData.Small() with { Months = 24 }, folder);
        var location = TableLocation.Find(folder.Path, "usage").IfLeft(e => throw new InvalidOperationException(e.Message));
        var filter = new RowGroupFilter("month", (min, max) => max >= June2025.Baseline.FirstDay.DayNumber && min <= June2025.AsOf.LastDay.DayNumber);

        var stream = (await ParquetTableStream.OpenAsync(location, InputSchema.Usage, Some(filter))).IfLeft(e => throw new InvalidOperationException(e.Message));
        var pruned = await RunAsync(Some(June2025));
        var full = await RunAsync(None);

        Assert.True(stream.SkippedRows > 0, "no usage row group was skipped");
        Assert.Equal(full.Partners, pruned.Partners);
        Assert.Equal(full.Accounting.Lines.OrderBy(l => l.ToString()), pruned.Accounting.Lines.OrderBy(l => l.ToString()));
    }

    private async Task<RunResult> RunAsync(Option<EvaluationWindow> window)
    {
        var loaded = (await DatasetLoader.LoadAsync(folder.Path, window)).IfLeft(e => throw new InvalidOperationException(e.Message));
        return Scoring.Run(BuiltInRuleSets.Default, loaded.Raw, window.Map(w => w.AsOf)).IfLeft(e => throw new InvalidOperationException(e.Message));
    }

    private static Seq<ColumnSpec> Schema(string table) => table switch
    {
        "associations" => InputSchema.Associations,
        "usage" => InputSchema.Usage,
        "certifications" => InputSchema.Certifications,
        _ => InputSchema.Partners,
    };

    private static string Expected(ColumnKind kind, bool dictionary) => kind switch
    {
        ColumnKind.Text => dictionary ? "BYTE_ARRAY String, dictionary" : "BYTE_ARRAY String",
        ColumnKind.Integer => "INT64",
        _ => "INT32 DATE",
    };

    private static string Describe(ParquetReader reader, DataField field)
    {
        var element = field.SchemaElement!;
        var logical = element.LogicalType switch
        {
            { STRING: not null } => " String",
            { DATE: not null } => " DATE",
            { INTEGER: { BitWidth: 64, IsSigned: true } } or null => "",
            _ => " other",
        };
        var encodings = reader.OpenRowGroupReader(0).GetMetadata(field)?.MetaData?.Encodings ?? [];
        var dictionary = encodings.Contains(Encoding.RLE_DICTIONARY) || encodings.Contains(Encoding.PLAIN_DICTIONARY) ? ", dictionary" : "";
        return $"{element.Type}{logical}{dictionary}";
    }
}
