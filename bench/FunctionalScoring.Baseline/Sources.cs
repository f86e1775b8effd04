namespace FunctionalScoring.Baseline;

/// <summary>One input table: the relation the script reads and the path a person recognises.</summary>
internal sealed record Source(string Table, string Relation, string Display);

/// <summary>docs/rules.md §7: each table is &lt;name&gt;.parquet or a folder &lt;name&gt;/ of part files.</summary>
internal static class Sources
{
    public static readonly string[] Required = ["associations", "usage", "certifications"];

    /// <summary>The empty stand-in for the optional partners table.</summary>
    public static readonly Source NoPartners = new("partners", "(SELECT NULL::VARCHAR AS partner_id WHERE false)", "(no partners table)");

    /// <summary>The table's source, or null when the dataset has no such table.</summary>
    public static Source? Resolve(string data, string table)
    {
        var file = Path.GetFullPath(Path.Combine(data, table + ".parquet"));
        if (File.Exists(file))
        {
            return new Source(table, $"read_parquet({Literal(file)})", file);
        }

        var folder = Path.GetFullPath(Path.Combine(data, table));
        var parts = Path.Combine(folder, "*.parquet");
        return Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.parquet").Any()
            ? new Source(table, $"read_parquet({Literal(parts)})", parts)
            : null;
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
