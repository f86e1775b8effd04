using Apache.Arrow;
using ParquetSharp;
using Column = ParquetSharp.Column;

namespace FunctionalScoring.WriterMatrix;

/// <summary>
/// A table with its dates as INT96 timestamps (nanoseconds of the day, then the Julian day), as Impala
/// and older Spark write them, through ParquetSharp's column writer over Arrow C++'s Parquet library.
/// </summary>
public static class Int96Writer
{
    private const int JulianDayOfUnixEpoch = 2_440_588;

    public static void Write(TableData table, WriterProperties properties, string path)
    {
        var fields = table.Schema.FieldsList;
        var columns = fields.Select(ColumnOf).ToArray();
        using var file = new ParquetFileWriter(path, columns, properties);
        using var rowGroup = file.AppendRowGroup();
        for (var i = 0; i < fields.Count; i++)
        {
            using var column = rowGroup.NextColumn();
            switch (table.Rows.Column(i))
            {
                case StringArray strings:
                    column.LogicalWriter<string?>().WriteBatch([.. Enumerable.Range(0, strings.Length).Select(r => strings.GetString(r))]);
                    break;
                case Int64Array longs:
                    column.LogicalWriter<long?>().WriteBatch([.. Enumerable.Range(0, longs.Length).Select(r => longs.GetValue(r))]);
                    break;
                case Date32Array dates:
                    column.LogicalWriter<Int96?>().WriteBatch([.. Enumerable.Range(0, dates.Length).Select(r => dates.GetValue(r) is { } day ? Int96Of(day) : (Int96?)null)]);
                    break;
                case var other:
                    throw new NotSupportedException($"{fields[i].Name}: {other.Data.DataType.Name}");
            }
        }

        file.Close();
    }

    private static Column ColumnOf(Apache.Arrow.Field field) => field.DataType switch
    {
        Apache.Arrow.Types.StringType => new Column<string?>(field.Name, LogicalType.String()),
        Apache.Arrow.Types.Int64Type => new Column<long?>(field.Name),
        Apache.Arrow.Types.Date32Type => new Column<Int96?>(field.Name),
        var other => throw new NotSupportedException($"{field.Name}: {other.Name}"),
    };

    /// <summary>Midnight of <paramref name="daysSinceEpoch"/>: zero nanoseconds into the Julian day.</summary>
    private static Int96 Int96Of(int daysSinceEpoch) => new(0, 0, JulianDayOfUnixEpoch + daysSinceEpoch);
}
