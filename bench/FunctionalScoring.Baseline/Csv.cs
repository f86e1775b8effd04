using System.Data.Common;
using System.Text;

namespace FunctionalScoring.Baseline;

/// <summary>Writes a result set as CSV (header, LF line ends, RFC 4180 quoting when needed).</summary>
internal static class Csv
{
    public static string Render(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', header.Select(Field))).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row.Select(Field))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Every column of the current result set, as text (the script formats the numbers itself).</summary>
    public static (string[] Header, List<string[]> Rows) Read(DbDataReader reader)
    {
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)
                .ToArray());
        }

        return (header, rows);
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
