using FunctionalScoring.Core.Input;
using LanguageExt;
using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Frames;

/// <summary>The one adapter between DataFrame columns of values and the core's columns, both ways.</summary>
public static class FrameColumns
{
    public static StringDataFrameColumn Text(string name, TextColumn column) =>
        new(name, Enumerable.Range(0, column.Codes.Length).Select(row => column[row]));

    public static PrimitiveDataFrameColumn<DateTime> Date(string name, DateColumn column) =>
        new(name, column.DayNumbers.Select(day => day is DateColumn.Null or DateColumn.OutOfRange ? (DateTime?)null : DateOnly.FromDayNumber(day).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));

    public static Int64DataFrameColumn Integer(string name, IntegerColumn column) =>
        new(name, Enumerable.Range(0, column.Values.Length).Select(row => column[row]));

    /// <summary>Builds a core table from a frame; the first missing or mistyped column is the error (R27).</summary>
    public static Either<string, T> Table<T>(string table, DataFrame frame, Func<FrameTable, T> build)
    {
        try
        {
            return build(new FrameTable(table, frame));
        }
        catch (FrameColumnException e)
        {
            return e.Message;
        }
    }

    /// <summary>Reads the columns of one frame by name, checking each one's type.</summary>
    public sealed class FrameTable(string table, DataFrame frame)
    {
        public Seq<SourceSpan> Sources => SourceSpan.Single($"dataframe:{table}", (int)frame.Rows.Count);

        public TextColumn Text(string name) => Column(name, "string") switch
        {
            StringDataFrameColumn strings => TextColumn.Of([.. strings]),
            ArrowStringDataFrameColumn arrow => TextColumn.Of([.. arrow]),
            var other => throw Mistyped(name, "string", other),
        };

        public DateColumn Date(string name) => Column(name, "date") switch
        {
            PrimitiveDataFrameColumn<DateTime> dates => new DateColumn([.. dates.Select(d => d is { } v ? DateOnly.FromDateTime(v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v).DayNumber : DateColumn.Null)]),
            var other => throw Mistyped(name, "date (DateTime)", other),
        };

        public IntegerColumn Integer(string name) => Column(name, "integer") switch
        {
            PrimitiveDataFrameColumn<long> longs => IntegerColumn.Of([.. longs]),
            PrimitiveDataFrameColumn<int> ints => IntegerColumn.Of([.. ints.Select(v => (long?)v)]),
            var other => throw Mistyped(name, "integer (Int32 or Int64)", other),
        };

        private DataFrameColumn Column(string name, string expected) =>
            frame.Columns.IndexOf(name) is var index && index >= 0
                ? frame.Columns[index]
                : throw new FrameColumnException($"table '{table}' has no column '{name}' (expected {expected})");

        private FrameColumnException Mistyped(string name, string expected, DataFrameColumn found) =>
            new($"table '{table}', column '{name}': expected {expected}, found {found.DataType.Name}");
    }

    private sealed class FrameColumnException(string message) : Exception(message);
}
