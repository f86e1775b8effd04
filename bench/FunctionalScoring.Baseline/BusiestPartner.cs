using DuckDB.NET.Data;

namespace FunctionalScoring.Baseline;

/// <summary><c>busiest-partner --data DIR</c>: the partner with the most association rows, the heaviest <c>explain</c> to time.</summary>
internal static class BusiestPartner
{
    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count != 2 || args[0] != "--data")
        {
            Console.Error.WriteLine("usage: FunctionalScoring.Baseline busiest-partner --data DIR");
            return 2;
        }

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var associations = Path.Combine(args[1], "associations.parquet").Replace("'", "''", StringComparison.Ordinal);
        command.CommandText = $"SELECT partner_id FROM read_parquet('{associations}') WHERE partner_id IS NOT NULL AND trim(partner_id) <> '' GROUP BY partner_id ORDER BY count(*) DESC, partner_id LIMIT 1";
        Console.WriteLine(command.ExecuteScalar());
        return 0;
    }
}
