using LanguageExt;

namespace FunctionalScoring.Generation;

/// <summary>
/// What was written of one table: its files, rows, row groups, bytes, and the rows carrying a planted R28
/// defect (a usage duplicate counts both copies).
/// </summary>
public sealed record GeneratedTable(string Table, Seq<string> Files, long Rows, long RowGroups, long Bytes, long DefectiveRows);

/// <summary>What <see cref="SyntheticDataset.WriteAsync"/> wrote: the tables in writing order.</summary>
public sealed record GeneratedDataset(string Directory, Seq<GeneratedTable> Tables)
{
    /// <summary>The table named <paramref name="table"/> (associations, usage, certifications or partners).</summary>
    public GeneratedTable Table(string table) =>
        Tables.Find(t => t.Table == table).IfNone(() => throw new ArgumentException($"no table '{table}' was generated", nameof(table)));

    public long Rows(string table) => Table(table).Rows;

    public long Bytes => Tables.Sum(t => t.Bytes);
}

/// <summary>
/// A deterministic synthetic dataset (docs/rules.md §7) with the shapes the scorer meets in real exports: partners
/// near the qualification thresholds on both paths, tenants on the band edges, claims before and inside the
/// window, shared tenants, spelling variants and a sprinkle of R28 rejects. Same options, same bytes.
/// </summary>
public static class SyntheticDataset
{
    /// <summary>
    /// Writes associations, usage (one file, or <c>usage/</c> part files), certifications and partners into
    /// <paramref name="directory"/>, replacing earlier copies of those tables, one row group at a time.
    /// </summary>
    /// <exception cref="ArgumentException">The options have <see cref="GeneratorOptions.Problems"/>.</exception>
    public static async Task<GeneratedDataset> WriteAsync(GeneratorOptions options, string directory, CancellationToken ct = default)
    {
        var problems = options.Problems();
        if (!problems.IsEmpty)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        Directory.CreateDirectory(directory);
        var population = await Task.Run(() => Population.Draw(options), ct);
        var tables = new List<GeneratedTable>
        {
            await AssociationTable.WriteAsync(population, directory, ct),
            await UsageTable.WriteAsync(population, directory, ct),
            await CertificationTable.WriteAsync(population, directory, ct),
            await PartnerTable.WriteAsync(population, directory, ct),
        };
        return new GeneratedDataset(Path.GetFullPath(directory), tables.ToSeq().Strict());
    }
}
