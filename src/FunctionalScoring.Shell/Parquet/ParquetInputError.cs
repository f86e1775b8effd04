using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>Why an input table could not be read (R27): the file, the column, the expected and the found type.</summary>
public enum ParquetInputReason
{
    MissingTable,
    NoPartFiles,
    MissingColumn,
    WrongType,
    SchemaMismatch,
    EmptyFile,
    Corrupt,
    Unsupported,
    TooManyRows,
    MissingDataFolder,
    DataFolderIsAFile,
    TableFileIsAFolder,
    DuplicateColumn,
}

/// <summary>
/// An input table that cannot be read, as a value. <see cref="File"/> is the name the user knows: relative to the
/// dataset folder (<c>usage.parquet</c>, <c>usage/part-1.parquet</c>), or the folder itself for a missing table.
/// </summary>
public sealed record ParquetInputError(
    ParquetInputReason Reason,
    string File,
    Option<string> Column,
    Option<string> Expected,
    Option<string> Found,
    string Message)
{
    public static ParquetInputError MissingTable(string directory, string table) =>
        new(ParquetInputReason.MissingTable, directory, None, Some($"{table}.parquet or {table}/"), None,
            $"table '{table}' not found: expected {table}.parquet or {table}/ in {directory}");

    public static ParquetInputError MissingDataFolder(string directory) =>
        new(ParquetInputReason.MissingDataFolder, directory, None, Some("a dataset folder"), Some("nothing"),
            $"data folder {directory} does not exist");

    public static ParquetInputError DataFolderIsAFile(string directory) =>
        new(ParquetInputReason.DataFolderIsAFile, directory, None, Some("a dataset folder"), Some("a file"),
            $"data folder {directory} is a file, not a folder: --data names the folder that holds associations.parquet, usage.parquet, certifications.parquet (or folders of part files)");

    public static ParquetInputError BadPartitionValue(string file, string column, string problem) =>
        new(ParquetInputReason.WrongType, file, Some(column), Some("a value of the column's type"), Some("a partition folder"),
            $"{file}: column '{column}' comes from its partition folder, but {problem}");

    public static ParquetInputError TableFileIsAFolder(string file, string table) =>
        new(ParquetInputReason.TableFileIsAFolder, file, None, Some($"{table}.parquet a file, or a folder {table}/"), Some("a folder"),
            $"{file} is a folder, not a Parquet file: a table is {table}.parquet (one file) or {table}/ (a folder of part files)");

    public static ParquetInputError DuplicateColumn(string file, string column, int count) =>
        new(ParquetInputReason.DuplicateColumn, file, Some(column), Some("one column of that name"), Some($"{count} columns"),
            $"{file}: column '{column}' appears {count} times; a column name must be unique to say which values it holds");

    public static ParquetInputError NoPartFiles(string folder) =>
        new(ParquetInputReason.NoPartFiles, folder, None, Some("*.parquet part files"), Some("none"),
            $"{folder}: folder has no part files (*.parquet)");

    public static ParquetInputError MissingColumn(string file, ColumnSpec column, IEnumerable<string> present) =>
        new(ParquetInputReason.MissingColumn, file, Some(column.Name), Some(column.ExpectedType), None,
            $"{file}: column '{column.Name}' is missing; expected {column.ExpectedType} "
            + $"(the file has: {string.Join(", ", present)})");

    public static ParquetInputError WrongType(string file, ColumnSpec column, string found) =>
        new(ParquetInputReason.WrongType, file, Some(column.Name), Some(column.ExpectedType), Some(found),
            $"{file}: column '{column.Name}' has type {found}; expected {column.ExpectedType}");

    public static ParquetInputError SchemaMismatch(string file, string column, string found, string firstFile, string firstType) =>
        new(ParquetInputReason.SchemaMismatch, file, Some(column), Some(firstType), Some(found),
            $"{file}: column '{column}' has type {found} but {firstFile} has {firstType}; part files of a table must agree");

    public static ParquetInputError EmptyFile(string file) =>
        new(ParquetInputReason.EmptyFile, file, None, Some("a Parquet file"), Some("0 bytes"),
            $"{file}: file is empty (0 bytes); expected a Parquet file");

    public static ParquetInputError Corrupt(string file, string detail) =>
        new(ParquetInputReason.Corrupt, file, None, Some("a Parquet file"), Some(detail),
            $"{file}: not a readable Parquet file (truncated or corrupt): {detail}");

    /// <summary>A valid file using something the reader does not decode: never called corrupt (issue 13), and how to avoid it.</summary>
    public static ParquetInputError Unsupported(string file, string column, int rowGroup, string feature) =>
        new(ParquetInputReason.Unsupported, file, Some(column), Some("an encoding and codec this reader decodes"), Some(feature),
            $"{file}: column '{column}' (row group {rowGroup}) uses {feature}, which this reader does not decode; "
            + "the file is valid, so re-write it with a supported setting: any codec but LZO, flat (not nested) columns, "
            + "strings as BYTE_ARRAY, integers as INT32/INT64, dates as DATE or TIMESTAMP (docs: README, 'Input')");

    public static ParquetInputError TooManyRows(string table, long rows, long limit) =>
        new(ParquetInputReason.TooManyRows, table, None, Some($"at most {limit} rows"), Some($"{rows} rows"),
            $"{table}: {rows} rows do not fit one DataFrame column (at most {limit}); read it as a stream instead");

    public override string ToString() => Message;
}
