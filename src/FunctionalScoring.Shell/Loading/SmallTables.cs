using FunctionalScoring.Core.Input;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using FunctionalScoring.Shell.Reading;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Loading;

/// <summary>The tables small enough to read whole: associations, certifications and the optional partners.</summary>
internal static class SmallTables
{
    /// <summary>The small tables as a raw dataset with an empty usage table, and their files.</summary>
    public static async Task<Either<ParquetInputError, (RawDataset Raw, Seq<InputFileRecord> Inputs)>> LoadAsync(
        string dataDirectory, Action<string, ReadProgress>? progress, CancellationToken ct)
    {
        var associations = await ReadAsync(dataDirectory, "associations", InputSchema.Associations, progress, ct);
        var certifications = associations.IsLeft ? associations : await ReadAsync(dataDirectory, "certifications", InputSchema.Certifications, progress, ct);
        var partners = certifications.IsLeft || !TableLocation.Exists(dataDirectory, "partners")
            ? Right<ParquetInputError, Option<TableColumns>>(None)
            : (await ReadAsync(dataDirectory, "partners", InputSchema.Partners, progress, ct)).Map(Some);
        return
            from a in associations
            from c in certifications
            from p in partners
            select (
                new RawDataset(Associations(a), EmptyUsage, Certifications(c), p.Match(Partners, () => RawPartners.None)),
                a.Files("associations") + c.Files("certifications") + p.Map(t => t.Files("partners")).IfNone(Seq<InputFileRecord>()));
    }

    /// <summary>Input files in the order of §7's tables, whatever order they were read in.</summary>
    public static IReadOnlyList<InputFileRecord> InTableOrder(IEnumerable<InputFileRecord> files) =>
        [.. files.OrderBy(f => System.Array.IndexOf(TableOrder, f.Table))];

    private static async Task<Either<ParquetInputError, TableColumns>> ReadAsync(
        string dataDirectory, string table, Seq<ColumnSpec> columns, Action<string, ReadProgress>? progress, CancellationToken ct)
    {
        var location = TableLocation.Find(dataDirectory, table);
        return location.Case is TableLocation found
            ? await TableColumns.ReadAsync(found, columns, None, null, progress is null ? null : p => progress(table, p), ct)
            : (ParquetInputError)location.Case;
    }

    internal static RawAssociations Associations(TableColumns t) => new(
        t.Text("partner_id"), t.Text("tenant_id"), t.Text("workload"), t.Text("association_type"),
        t.Date("associated_on"), t.Date("ended_on"), t.Sources);

    internal static RawCertifications Certifications(TableColumns t) => new(
        t.Text("partner_id"), t.Text("person_id"), t.Text("certification"),
        t.Date("earned_on"), t.Date("expires_on"), t.Sources);

    internal static RawPartners Partners(TableColumns t) => new(t.Text("partner_id"), t.Text("partner_name"), t.Sources);

    private static readonly string[] TableOrder = ["associations", "usage", "certifications", "partners"];

    private static readonly RawUsage EmptyUsage = new(TextColumn.Of(), TextColumn.Of(), DateColumn.Of(), IntegerColumn.Of(), IntegerColumn.Of(), Seq<SourceSpan>());
}
