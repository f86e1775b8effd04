using FunctionalScoring.Core.Input;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
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
        ReadOptions Options(string table) => OptionsFor(table, progress);

        var associations = await ParquetTableReader.LoadAsync(dataDirectory, "associations", InputSchema.Associations, Options("associations"), ct);
        var certifications = associations.IsLeft ? associations : await ParquetTableReader.LoadAsync(dataDirectory, "certifications", InputSchema.Certifications, Options("certifications"), ct);
        var partners = certifications.IsLeft || !TableLocation.Exists(dataDirectory, "partners")
            ? Right<ParquetInputError, Option<LoadedTable>>(None)
            : (await ParquetTableReader.LoadAsync(dataDirectory, "partners", InputSchema.Partners, Options("partners"), ct)).Map(Some);
        return
            from a in associations
            from c in certifications
            from p in partners
            select (
                new RawDataset(DatasetLoader.Associations(a), EmptyUsage, DatasetLoader.Certifications(c), p.Match(DatasetLoader.Partners, () => RawPartners.None)),
                Seq(Some(a), Some(c), p).Somes().Bind(DatasetLoader.InputFiles));
    }

    /// <summary>Read options reporting a table's progress under its name.</summary>
    public static ReadOptions OptionsFor(string table, Action<string, ReadProgress>? progress, Option<RowGroupFilter> filter = default) =>
        new(filter, progress is null ? None : Some<Action<ReadProgress>>(p => progress(table, p)));

    /// <summary>Input files in the order of §7's tables, whatever order they were read in.</summary>
    public static IReadOnlyList<InputFileRecord> InTableOrder(IEnumerable<InputFileRecord> files) =>
        [.. files.OrderBy(f => System.Array.IndexOf(TableOrder, f.Table))];

    private static readonly string[] TableOrder = ["associations", "usage", "certifications", "partners"];

    private static readonly RawUsage EmptyUsage = new(TextColumn.Of(), TextColumn.Of(), DateColumn.Of(), IntegerColumn.Of(), IntegerColumn.Of(), Seq<SourceSpan>());
}
