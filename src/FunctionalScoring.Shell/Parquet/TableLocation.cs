using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// One file of a table: its full path, the name messages use (relative to the dataset folder), and the Hive
/// partitions its folders name (<c>month=2025-06-01/</c>), outermost first.
/// </summary>
public sealed record SourcePart(string Path, string Name, Seq<PartitionValue> Partitions = default)
{
    /// <summary>The value the part's folders give <paramref name="column"/>, if they name it.</summary>
    public Option<PartitionValue> Partition(string column) => Partitions.Find(p => p.Key == column);
}

/// <summary>Where a table's rows live (docs/rules.md §7): <c>name.parquet</c>, or a folder <c>name/</c> of part files.</summary>
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

    /// <summary>
    /// The part files of a table folder, at any depth, in ordinal order of their path inside the folder: lake
    /// exports nest them in Hive partition folders (<c>month=2025-06-01/part-0.parquet</c>), whose
    /// <c>key=value</c> segments each part carries. Names starting with '.' or '_' — files or folders — are
    /// writers' bookkeeping (<c>_SUCCESS</c>, <c>.crc</c> files, <c>_temporary/</c>, <c>_metadata</c>), never rows.
    /// </summary>
    private static Either<ParquetInputError, TableLocation> FromFolder(string table, string directory, string folder, string shownAs)
    {
        var parts = PartFiles(folder, "")
            .OrderBy(relative => relative, StringComparer.Ordinal)
            .Select(relative => new SourcePart(
                Path.Combine(folder, relative),
                shownAs + relative,
                toSeq(relative.Split('/')[..^1].Select(PartitionValue.Parse)).Somes().Strict()))
            .ToSeq()
            .Strict();
        return parts.IsEmpty
            ? ParquetInputError.NoPartFiles(shownAs)
            : new TableLocation(table, directory, parts);
    }

    private static IEnumerable<string> PartFiles(string folder, string relative) =>
        System.IO.Directory.EnumerateFiles(folder, "*.parquet")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(IsData)
            .Select(name => relative + name)
            .Concat(System.IO.Directory.EnumerateDirectories(folder)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(IsData)
                .SelectMany(name => PartFiles(Path.Combine(folder, name), relative + name + "/")));

    private static bool IsData(string name) => !name.StartsWith('.') && !name.StartsWith('_');
}
