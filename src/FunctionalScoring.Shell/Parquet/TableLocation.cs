using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>One file of a table: its full path and the name messages use (relative to the dataset folder).</summary>
public sealed record SourcePart(string Path, string Name);

/// <summary>Where a table's rows live (RULES §7): <c>name.parquet</c>, or a folder <c>name/</c> of part files.</summary>
public sealed record TableLocation(string Table, string Directory, Seq<SourcePart> Parts)
{
    /// <summary>The table <paramref name="table"/> of the dataset folder; a file wins over a folder of the same name.</summary>
    public static Either<ParquetInputError, TableLocation> Find(string datasetDirectory, string table)
    {
        if (!System.IO.Directory.Exists(datasetDirectory))
        {
            return File.Exists(datasetDirectory) ? ParquetInputError.DataFolderIsAFile(datasetDirectory) : ParquetInputError.MissingDataFolder(datasetDirectory);
        }

        var file = Path.Combine(datasetDirectory, table + ".parquet");
        if (File.Exists(file))
        {
            return new TableLocation(table, datasetDirectory, Seq1(new SourcePart(file, table + ".parquet")));
        }

        if (System.IO.Directory.Exists(file))
        {
            return ParquetInputError.TableFileIsAFolder(table + ".parquet", table);
        }

        var folder = Path.Combine(datasetDirectory, table);
        return System.IO.Directory.Exists(folder)
            ? FromFolder(table, datasetDirectory, folder, table + "/")
            : ParquetInputError.MissingTable(datasetDirectory, table);
    }

    /// <summary>Whether <see cref="Find"/> would find something: the caller decides which tables are optional.</summary>
    public static bool Exists(string datasetDirectory, string table) =>
        File.Exists(Path.Combine(datasetDirectory, table + ".parquet"))
        || System.IO.Directory.Exists(Path.Combine(datasetDirectory, table));

    /// <summary>A table given by the path of its file or folder; the table is named after it.</summary>
    public static Either<ParquetInputError, TableLocation> FromPath(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var directory = Path.GetDirectoryName(full) ?? full;
        var name = Path.GetFileName(full);
        if (File.Exists(full))
        {
            return new TableLocation(Path.GetFileNameWithoutExtension(full), directory, Seq1(new SourcePart(full, name)));
        }

        return System.IO.Directory.Exists(full)
            ? FromFolder(name, directory, full, name + "/")
            : ParquetInputError.MissingTable(directory, Path.GetFileNameWithoutExtension(full));
    }

    private static Either<ParquetInputError, TableLocation> FromFolder(string table, string directory, string folder, string shownAs)
    {
        if (HivePartition(folder).Case is string partition)
        {
            return ParquetInputError.HivePartitions(shownAs, shownAs + partition + "/");
        }

        var parts = System.IO.Directory.EnumerateFiles(folder, "*.parquet", SearchOption.TopDirectoryOnly)
            .Select(path => (Path: path, FileName: Path.GetFileName(path)))
            // Hidden and underscore names are writers' bookkeeping (checksums, _metadata), never rows.
            .Where(p => !p.FileName.StartsWith('.') && !p.FileName.StartsWith('_'))
            .OrderBy(p => p.FileName, StringComparer.Ordinal)
            .Select(p => new SourcePart(p.Path, shownAs + p.FileName))
            .ToSeq()
            .Strict();
        return parts.IsEmpty
            ? ParquetInputError.NoPartFiles(shownAs)
            : new TableLocation(table, directory, parts);
    }

    /// <summary>
    /// §7 reads the part files of a table folder, not folders below it. Hive-style partition folders
    /// (<c>usage/month=2025-06/part-0.parquet</c>) are not read yet: rather than skip their rows silently, the first
    /// such folder holding Parquet files is named. The one place to change when partitions are supported.
    /// </summary>
    private static Option<string> HivePartition(string folder) =>
        System.IO.Directory.EnumerateDirectories(folder)
            .Select(Path.GetFileName)
            .Where(name => name is not null && name.IndexOf('=', StringComparison.Ordinal) > 0)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault(name => System.IO.Directory.EnumerateFiles(Path.Combine(folder, name!), "*.parquet", SearchOption.AllDirectories).Any())
            is { } partition ? Some(partition) : None;
}
