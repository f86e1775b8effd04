using DuckDB.NET.Data;

namespace FunctionalScoring.Baseline;

/// <summary>
/// <c>reorder --from DIR --to DIR --by tenant|month</c>: copies a dataset with its usage table re-written by
/// DuckDB in another row order — the two orders real exports come in. Tenant order: every row group spans
/// every month, so statistics prune nothing (R29); month order: row groups outside the window are skipped.
/// </summary>
internal static class Reorder
{
    public const string Usage = "usage: FunctionalScoring.Baseline reorder --from DIR --to DIR --by tenant|month";

    public static int Run(IReadOnlyList<string> args)
    {
        var options = Enumerable.Range(0, args.Count / 2).ToDictionary(i => args[2 * i], i => args[(2 * i) + 1], StringComparer.Ordinal);
        if (args.Count % 2 != 0 || !options.TryGetValue("--from", out var from) || !options.TryGetValue("--to", out var to)
            || !options.TryGetValue("--by", out var by) || by is not ("tenant" or "month"))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        Directory.CreateDirectory(to);
        foreach (var table in new[] { "associations", "certifications", "partners" })
        {
            var file = Path.Combine(from, table + ".parquet");
            if (File.Exists(file))
            {
                File.Copy(file, Path.Combine(to, table + ".parquet"), overwrite: true);
            }
        }

        var order = by == "tenant" ? "tenant_id, workload, month" : "month, tenant_id, workload";
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var source = Path.Combine(from, "usage.parquet").Replace("'", "''", StringComparison.Ordinal);
        var target = Path.Combine(to, "usage.parquet").Replace("'", "''", StringComparison.Ordinal);
        command.CommandText = $"COPY (SELECT * FROM read_parquet('{source}') ORDER BY {order}) TO '{target}' (FORMAT parquet, ROW_GROUP_SIZE 500000)";
        command.ExecuteNonQuery();
        return 0;
    }
}
