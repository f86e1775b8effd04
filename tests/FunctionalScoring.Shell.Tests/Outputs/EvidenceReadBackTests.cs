using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Shell.Merging;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using FunctionalScoring.Shell.Tests.Parquet;
using LanguageExt;
using Parquet;

namespace FunctionalScoring.Shell.Tests.Outputs;

/// <summary>
/// evidence.parquet, now written by FunctionalScoring.Parquet's writer, holds exactly what Parquet.Net wrote
/// before: read back with Parquet.Net (as <c>merge</c> reads it) and with the project's own reader, every value
/// is the row's, and the same as in the file Parquet.Net writes from the same rows, cut in the same row groups.
/// </summary>
public sealed class EvidenceReadBackTests : IDisposable
{
    private static readonly string[] TextColumns = ["partner_id", "path", "metric", "kind", "association_type", "tenant_id", "workload", "person_id", "certification"];
    private static readonly string[] IntegerColumns = ["contribution", "mau_at_start", "pau", "mau"];
    private static readonly string[] DateColumns = ["month", "claim_month", "start_month"];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Property(MaxTest = 40)]
    public Property Every_value_reads_back_as_the_row_holds_it_and_as_Parquet_Net_wrote_it() =>
        Prop.ForAll(EvidenceGenerators.Run.ToArbitrary(), run => Task.Run(() => ReadsBackAsync(run.Partners, run.RowGroupSize)).GetAwaiter().GetResult());

    private async Task<Property> ReadsBackAsync(Seq<Evidence>[] partners, int rowGroupSize)
    {
        var rows = partners.ToSeq().Bind(p => p).Strict();
        var expected = rows.Map(EvidenceValues.Of).ToArray();
        var run = Directory.CreateDirectory(folder.File(Guid.NewGuid().ToString("N"))).FullName;
        var written = Path.Combine(run, "evidence.parquet");
        var byParquetNet = Path.Combine(run, "parquet-net.parquet");

        await using (var file = await EvidenceFile.CreateAsync(written, rowGroupSize))
        {
            await file.AddAsync(partners[..(partners.Length / 2)]);
            await file.AddAsync(partners[(partners.Length / 2)..]);
            await file.CompleteAsync();
        }

        await ParquetTableWriter.WriteAsync(ResultFrames.Evidence(rows), OutputFiles.EvidenceSchema, byParquetNet, rowGroupSize);

        var read = await ReadWithParquetNetAsync(written);
        var readOld = await ReadWithParquetNetAsync(byParquetNet);
        var table = await Loaded.TableAsync(run, "evidence", [.. TextColumns.Select(c => ColumnSpec.Text(c, true)), .. IntegerColumns.Select(c => ColumnSpec.Integer(c, true)), .. DateColumns.Select(c => ColumnSpec.Date(c, true))]);
        object?[][] byProjectReader =
        [
            .. TextColumns.Select(c => table.Texts(c).Cast<object?>().ToArray()),
            .. IntegerColumns.Select(c => table.Longs(c).Cast<object?>().ToArray()),
            .. DateColumns.Select(c => table.Dates(c).Cast<object?>().ToArray()),
        ];

        return (Same(expected, read.Rows) && Same(read.Rows, readOld.Rows) && read.RowGroups.SequenceEqual(readOld.RowGroups)
                && Same(Columns(expected, [.. TextColumns, .. IntegerColumns, .. DateColumns]), byProjectReader))
            .Classify(expected.Length == 0, "no rows")
            .Classify(read.RowGroups.Length > 1, "several row groups")
            .Label($"{expected.Length} rows in row groups of {rowGroupSize}: read {read.Rows.Length} in ({string.Join(", ", read.RowGroups)}), from Parquet.Net's file {readOld.Rows.Length} in ({string.Join(", ", readOld.RowGroups)})");
    }

    private static async Task<(object?[][] Rows, long[] RowGroups)> ReadWithParquetNetAsync(string path)
    {
        var frame = (await OutputFileReader.ReadAsync(path, OutputFiles.EvidenceSchema)).IfLeft(e => throw new InvalidOperationException(e.ToString()));
        await using var reader = await ParquetReader.CreateAsync(path);
        return (frame.Rows.Select(r => r.ToArray()).ToArray(), reader.RowGroups.Select(g => g.RowCount).ToArray());
    }

    /// <summary>The values of the columns <paramref name="names"/>, column by column, of rows given in schema order.</summary>
    private static object?[][] Columns(object?[][] rows, string[] names) =>
        [.. names.Select(name => OutputFiles.EvidenceSchema.Map(c => c.Name).ToList().IndexOf(name)).Select(index => rows.Select(r => r[index]).ToArray())];

    private static bool Same(object?[][] x, object?[][] y) => x.Length == y.Length && x.Zip(y, (a, b) => a.SequenceEqual(b)).All(same => same);
}
