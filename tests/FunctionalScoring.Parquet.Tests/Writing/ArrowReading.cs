using PS = ParquetSharp;

namespace FunctionalScoring.Parquet.Tests.Writing;

/// <summary>Reads a written table back with ParquetSharp (Arrow C++), through its logical readers.</summary>
public static class ArrowReading
{
    private static readonly int UnixEpochDay = new DateOnly(1970, 1, 1).DayNumber;

    public static object?[][] Read(byte[] file, TableCase table)
    {
        using var stream = new MemoryStream(file);
        using var reader = new PS.ParquetFileReader(stream, leaveOpen: true);
        var columns = table.Columns.Select(_ => new List<object?>()).ToArray();
        for (var g = 0; g < reader.FileMetaData.NumRowGroups; g++)
        {
            using var group = reader.RowGroup(g);
            var rows = checked((int)group.MetaData.NumRows);
            for (var c = 0; c < table.Columns.Length; c++)
            {
                using var column = group.Column(c);
                var optional = table.Columns[c].Optional;
                columns[c].AddRange(table.Columns[c].Type switch
                {
                    WriterType.Text => Read<string?>(column, rows, v => v),
                    WriterType.Int64 when optional => Read<long?>(column, rows, v => v),
                    WriterType.Int64 => Read<long>(column, rows, v => v),
                    WriterType.Date when optional => Read<PS.Date?>(column, rows, v => v is { } d ? Day(d) : null),
                    WriterType.Date => Read<PS.Date>(column, rows, v => Day(v)),
                    WriterType.Boolean when optional => Read<bool?>(column, rows, v => v),
                    WriterType.Boolean => Read<bool>(column, rows, v => v),
                    _ when optional => Read<double?>(column, rows, v => v),
                    _ => Read<double>(column, rows, v => v),
                });
            }
        }

        reader.Close();
        return columns.Select(c => c.ToArray()).ToArray();
    }

    private static object Day(PS.Date date) => DateOnly.FromDayNumber(UnixEpochDay + date.Days);

    private static IEnumerable<object?> Read<T>(PS.ColumnReader column, int rows, Func<T, object?> box)
    {
        using var logical = column.LogicalReader<T>();
        return logical.ReadAll(rows).Select(box).ToArray();
    }
}
