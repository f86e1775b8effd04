namespace FunctionalScoring.Shell.Tests.Conformance;

/// <summary>Just enough CSV for the generated expectation files: a header, commas, and double-quoted fields.</summary>
public static class Csv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        var header = Split(lines[0]);
        return [.. lines.Skip(1).Select(line => (IReadOnlyDictionary<string, string>)Enumerable.Zip(header, Split(line), (column, value) => (column, value)).ToDictionary(p => p.column, p => p.value))];
    }

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
