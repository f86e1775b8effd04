using DuckDB.NET.Data;

namespace FunctionalScoring.Baseline;

/// <summary>
/// <c>compare OURS/summary.parquet BASELINE/summary.csv</c>: the bench's equality check. Every
/// partner must have the same reported path, qualification, both totals and points to qualify in
/// both; any difference is printed and fails the bench.
/// </summary>
internal static class Compare
{
    public static int Run(string oursParquet, string baselineCsv)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH ours AS (
                SELECT partner_id, reported_path, qualified::VARCHAR AS qualified,
                       printf('%.2f', enterprise_total) AS enterprise_total, enterprise_qualified::VARCHAR AS enterprise_qualified,
                       printf('%.2f', smb_total) AS smb_total, smb_qualified::VARCHAR AS smb_qualified,
                       printf('%.2f', points_to_qualify) AS points_to_qualify
                FROM read_parquet('{Escape(oursParquet)}')),
            baseline AS (
                SELECT partner_id, reported_path, qualified, enterprise_total, enterprise_qualified, smb_total, smb_qualified, points_to_qualify
                FROM read_csv('{Escape(baselineCsv)}', header = true, all_varchar = true))
            SELECT coalesce(o.partner_id, b.partner_id) AS partner_id,
                   concat_ws(',', o.reported_path, o.qualified, o.enterprise_total, o.enterprise_qualified, o.smb_total, o.smb_qualified, o.points_to_qualify) AS ours,
                   concat_ws(',', b.reported_path, b.qualified, b.enterprise_total, b.enterprise_qualified, b.smb_total, b.smb_qualified, b.points_to_qualify) AS baseline
            FROM ours o FULL OUTER JOIN baseline b ON o.partner_id = b.partner_id
            WHERE o.partner_id IS NULL OR b.partner_id IS NULL
               OR (o.reported_path, o.qualified, o.enterprise_total, o.enterprise_qualified, o.smb_total, o.smb_qualified, o.points_to_qualify)
                  IS DISTINCT FROM (b.reported_path, b.qualified, b.enterprise_total, b.enterprise_qualified, b.smb_total, b.smb_qualified, b.points_to_qualify)
            ORDER BY 1
            """;
        using var reader = command.ExecuteReader();
        var differences = 0;
        while (reader.Read())
        {
            if (differences++ < 10)
            {
                Console.WriteLine($"  {reader.GetString(0)}: ours [{(reader.IsDBNull(1) ? "missing" : reader.GetString(1))}] baseline [{(reader.IsDBNull(2) ? "missing" : reader.GetString(2))}]");
            }
        }

        Console.WriteLine(differences == 0 ? "same per-partner totals and qualification" : $"{differences} partners differ");
        return differences == 0 ? 0 : 1;
    }

    private static string Escape(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
