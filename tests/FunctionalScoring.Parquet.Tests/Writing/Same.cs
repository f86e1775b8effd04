namespace FunctionalScoring.Parquet.Tests.Writing;

/// <summary>Value equality as the tests need it: doubles bit for bit (−0.0 is not 0.0), every NaN alike.</summary>
public static class Same
{
    public static bool Values(object? expected, object? actual) => (expected, actual) switch
    {
        (double e, double a) => (double.IsNaN(e) && double.IsNaN(a)) || BitConverter.DoubleToInt64Bits(e) == BitConverter.DoubleToInt64Bits(a),
        _ => Equals(expected, actual),
    };

    /// <summary>The first column and row where <paramref name="read"/> differs from the table; None when every value agrees.</summary>
    public static string? FirstDifference(TableCase table, object?[]?[] read)
    {
        for (var c = 0; c < table.Columns.Length; c++)
        {
            if (read[c] is not { } column)
            {
                continue;
            }

            if (column.Length != table.Rows)
            {
                return $"column {table.Columns[c].Name}: {column.Length} rows read of {table.Rows}";
            }

            for (var row = 0; row < column.Length; row++)
            {
                if (!Values(table.Values[c][row], column[row]))
                {
                    return $"column {table.Columns[c].Name}, row {row}: wrote {table.Values[c][row] ?? "null"}, read {column[row] ?? "null"}";
                }
            }
        }

        return null;
    }
}
