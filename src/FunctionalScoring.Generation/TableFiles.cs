using System.Globalization;

namespace FunctionalScoring.Generation;

/// <summary>
/// Where each table goes (§7: <c>name.parquet</c> or a folder <c>name/</c> of part files). Earlier copies of
/// the table in either form are removed first: a reader takes a file over a folder and reads every part, so a
/// stale one would mix into the new dataset.
/// </summary>
internal static class TableFiles
{
    public static string Single(string directory, string table)
    {
        Remove(directory, table);
        return Path.Combine(directory, table + ".parquet");
    }

    /// <summary>The usage file(s), keyed by the first month each holds; parts split the months evenly.</summary>
    public static Dictionary<int, string> Usage(string directory, int parts, Calendar calendar)
    {
        Remove(directory, "usage");
        if (parts == 1)
        {
            return new() { [calendar.First] = Path.Combine(directory, "usage.parquet") };
        }

        var folder = Directory.CreateDirectory(Path.Combine(directory, "usage")).FullName;
        return Enumerable.Range(0, parts).ToDictionary(
            part => calendar.First + (part * calendar.Months / parts),
            part => Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"part-{part:D5}.parquet")));
    }

    private static void Remove(string directory, string table)
    {
        File.Delete(Path.Combine(directory, table + ".parquet"));
        var folder = Path.Combine(directory, table);
        if (Directory.Exists(folder))
        {
            foreach (var part in Directory.EnumerateFiles(folder, "*.parquet"))
            {
                File.Delete(part);
            }
        }
    }
}
