namespace FunctionalScoring.Baseline;

/// <summary>RULES.md §7: each table is &lt;name&gt;.parquet or a folder &lt;name&gt;/ of part files.</summary>
internal static class Sources
{
    public static readonly string[] Required = ["associations", "usage", "certifications"];

    /// <summary>The empty stand-in for the optional partners table.</summary>
    public const string NoPartners = "(SELECT NULL::VARCHAR AS partner_id WHERE false)";

    /// <summary>The read_parquet relation of a table, or None when the dataset has no such table.</summary>
    public static string? Resolve(string data, string table)
    {
        var file = Path.Combine(data, table + ".parquet");
        if (File.Exists(file))
        {
            return $"read_parquet({Literal(Path.GetFullPath(file))})";
        }

        var folder = Path.Combine(data, table);
        return Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.parquet").Any()
            ? $"read_parquet({Literal(Path.Combine(Path.GetFullPath(folder), "*.parquet"))})"
            : null;
    }

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
