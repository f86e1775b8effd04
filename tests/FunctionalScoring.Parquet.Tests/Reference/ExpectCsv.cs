using System.Globalization;
using System.Text;

namespace FunctionalScoring.Parquet.Tests.Reference;

/// <summary>
/// The <c>*_expect.csv</c> companions of apache/parquet-testing: one column per Parquet column, in
/// order; a quoted cell is a value, an unquoted empty cell is null.
/// </summary>
public static class ExpectCsv
{
    /// <summary>Column <paramref name="index"/>'s rows, as the decoder's rows for <paramref name="target"/> would read.</summary>
    public static List<Row> Column(string name, int index, Target target) =>
        [.. Rows(name).Select(cells => cells[index] switch
        {
            null => Row.Null,
            var cell when target == Target.Integers => Row.Integer(long.Parse(cell, CultureInfo.InvariantCulture)),
            var cell => Row.Text(cell),
        })];

    /// <summary>The rows after the header; a cell is null when empty and unquoted.</summary>
    private static IEnumerable<string?[]> Rows(string name) =>
        File.ReadLines(Path.Combine(RealFiles.Folder, name)).Skip(1).Where(line => line.Length > 0).Select(Cells);

    private static string?[] Cells(string line)
    {
        var cells = new List<string?>();
        var at = 0;
        while (at <= line.Length)
        {
            if (at < line.Length && line[at] == '"')
            {
                var text = new StringBuilder();
                at++;
                while (at < line.Length && !(line[at] == '"' && (at + 1 == line.Length || line[at + 1] != '"')))
                {
                    text.Append(line[at]);
                    at += line[at] == '"' ? 2 : 1;
                }

                cells.Add(text.ToString());
                at += 2;
            }
            else
            {
                var end = line.IndexOf(',', at);
                end = end < 0 ? line.Length : end;
                cells.Add(end == at ? null : line[at..end]);
                at = end + 1;
            }
        }

        return [.. cells];
    }
}
