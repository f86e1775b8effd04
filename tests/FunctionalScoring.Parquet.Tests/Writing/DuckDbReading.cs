using DuckDB.NET.Data;

namespace FunctionalScoring.Parquet.Tests.Writing;

/// <summary>Reads a written table back with DuckDB (its own Parquet reader, C++), from a temporary file.</summary>
public static class DuckDbReading
{
    public static object?[][] Read(byte[] file, TableCase table) => Query(file, table.Columns.Length, "SELECT * FROM read_parquet('{0}')");

    /// <summary>The rows of <paramref name="sql"/> (where <c>{0}</c> is the file's path) as columns of values.</summary>
    public static object?[][] Query(byte[] file, int columns, string sql)
    {
        var path = Path.Combine(Path.GetTempPath(), $"writer-{Guid.NewGuid():N}.parquet");
        File.WriteAllBytes(path, file);
        try
        {
            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, path);
            using var reader = command.ExecuteReader();
            var values = Enumerable.Range(0, columns).Select(_ => new List<object?>()).ToArray();
            while (reader.Read())
            {
                for (var c = 0; c < columns; c++)
                {
                    values[c].Add(reader.IsDBNull(c) ? null : reader.GetValue(c) switch
                    {
                        DateTime dateTime => DateOnly.FromDateTime(dateTime),
                        var value => value,
                    });
                }
            }

            return values.Select(v => v.ToArray()).ToArray();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
