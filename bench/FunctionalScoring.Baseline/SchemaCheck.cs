using DuckDB.NET.Data;

namespace FunctionalScoring.Baseline;

/// <summary>R27: a missing column or a column of the wrong type stops the run before any output.</summary>
internal static class SchemaCheck
{
    private static readonly string[] Text = ["VARCHAR"];
    private static readonly string[] Integer = ["INTEGER", "BIGINT"];
    private static readonly string[] Date =
        ["DATE", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS"];

    private static readonly Dictionary<string, (string Column, string[] Types)[]> Columns = new()
    {
        ["associations"] =
        [
            ("partner_id", Text), ("tenant_id", Text), ("workload", Text), ("association_type", Text),
            ("associated_on", Date), ("ended_on", Date),
        ],
        ["usage"] =
        [
            ("tenant_id", Text), ("workload", Text), ("month", Date),
            ("paid_available_units", Integer), ("monthly_active_users", Integer),
        ],
        ["certifications"] =
        [
            ("partner_id", Text), ("person_id", Text), ("certification", Text), ("earned_on", Date), ("expires_on", Date),
        ],
        ["partners"] = [("partner_id", Text)],
    };

    /// <summary>The problems found, one message each (file, column, expected and found type).</summary>
    public static IEnumerable<string> Problems(DuckDBConnection connection, Source source)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"DESCRIBE SELECT * FROM {source.Relation}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found[reader.GetString(0)] = reader.GetString(1);
            }
        }

        foreach (var (column, types) in Columns[source.Table])
        {
            var expected = string.Join(" or ", types);
            if (!found.TryGetValue(column, out var type))
            {
                yield return $"{source.Display}: missing column {column} (expected {expected})";
            }
            else if (!types.Contains(type))
            {
                yield return $"{source.Display}: column {column} is {type}, expected {expected}";
            }
        }
    }
}
