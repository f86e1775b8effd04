using DuckDB.NET.Data;

namespace FunctionalScoring.WriterMatrix;

/// <summary>One DuckDB <c>COPY … TO</c> setting; <see cref="Hive"/> writes usage as <c>usage/month=…/</c> folders.</summary>
public sealed record DuckDbSetting(string Name, string Description, string Options, Expect Expect, bool Hive = false);

/// <summary>Re-writes a dataset with DuckDB's Parquet writer, one <c>COPY</c> per table.</summary>
public static class DuckDbWriter
{
    private const string Delta = "DELTA_BINARY_PACKED", DeltaStrings = "DELTA_LENGTH_BYTE_ARRAY";

    public static readonly DuckDbSetting[] All =
    [
        new("v1", "PARQUET_VERSION V1 (default): snappy", "PARQUET_VERSION V1", new("v1", "SNAPPY")),
        new("v2", "PARQUET_VERSION V2: DELTA_* encodings where no dictionary (data pages stay v1)", "PARQUET_VERSION V2", new("v1", "SNAPPY", DeltaStrings, Delta, Delta, Partly: true)),
        new("v1-zstd", "PARQUET_VERSION V1, zstd", "PARQUET_VERSION V1, COMPRESSION zstd", new("v1", "ZSTD")),
        new("v1-gzip", "PARQUET_VERSION V1, gzip", "PARQUET_VERSION V1, COMPRESSION gzip", new("v1", "GZIP")),
        new("v1-brotli", "PARQUET_VERSION V1, brotli", "PARQUET_VERSION V1, COMPRESSION brotli", new("v1", "BROTLI")),
        new("v1-lz4", "PARQUET_VERSION V1, lz4", "PARQUET_VERSION V1, COMPRESSION lz4", new("v1", "LZ4_RAW")),
        new("v1-uncompressed", "PARQUET_VERSION V1, uncompressed", "PARQUET_VERSION V1, COMPRESSION uncompressed", new("v1", "UNCOMPRESSED")),
        new("v2-zstd", "PARQUET_VERSION V2, zstd", "PARQUET_VERSION V2, COMPRESSION zstd", new("v1", "ZSTD", DeltaStrings, Delta, Delta, Partly: true)),
        new("v2-small-row-groups", "PARQUET_VERSION V2, ROW_GROUP_SIZE 1000", "PARQUET_VERSION V2, ROW_GROUP_SIZE 1000", new("v1", Strings: DeltaStrings, Integers: Delta, Dates: Delta, Partly: true)),
        new("hive", "usage as PARTITION_BY (month): Hive folders usage/month=YYYY-MM-DD/, the month only in the path", "PARQUET_VERSION V1", new("v1"), Hive: true),
    ];

    /// <summary>The settings also written of the non-ASCII dataset: DuckDB V2 stores strings with DELTA encodings.</summary>
    public static readonly string[] ForUnicode = ["v1", "v2"];

    public static string Version()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version()";
        return (string)command.ExecuteScalar()!;
    }

    public static void Write(string baseFolder, DuckDbSetting setting, string folder)
    {
        Directory.CreateDirectory(folder);
        using var connection = Open();
        foreach (var table in Dataset.Tables)
        {
            var source = Literal(Path.Combine(baseFolder, table + ".parquet"));
            var (target, options) = setting.Hive && table == "usage"
                ? (Path.Combine(folder, table), $"{setting.Options}, PARTITION_BY (month)")
                : (Path.Combine(folder, table + ".parquet"), setting.Options);
            Execute(connection, $"COPY (SELECT * FROM read_parquet({source})) TO {Literal(target)} (FORMAT parquet, {options})");
        }
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        // One thread keeps the rows in the base's order and the output deterministic.
        Execute(connection, "SET threads = 1");
        return connection;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
