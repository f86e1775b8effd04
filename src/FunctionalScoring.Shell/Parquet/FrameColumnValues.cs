using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>The values of rows <c>start .. start+count</c> of a frame column, as the Parquet writer takes them.</summary>
internal static class FrameColumnValues
{
    public static string?[] Strings(DataFrameColumn column, int start, int count)
    {
        var strings = Expect<StringDataFrameColumn>(column, OutputType.String);
        var values = new string?[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = strings[start + i];
        }

        return values;
    }

    public static long?[] Int64s(DataFrameColumn column, int start, int count) => column switch
    {
        PrimitiveDataFrameColumn<long> longs => Slice(longs, start, count, v => v),
        PrimitiveDataFrameColumn<int> ints => Slice(ints, start, count, v => (long)v),
        _ => throw Mismatch(column, OutputType.Int64),
    };

    public static DateOnly?[] Dates(DataFrameColumn column, int start, int count) => column switch
    {
        PrimitiveDataFrameColumn<DateOnly> dates => Slice(dates, start, count, v => v),
        PrimitiveDataFrameColumn<int> days => Slice(days, start, count, DateOnly.FromDayNumber),
        _ => throw Mismatch(column, OutputType.Date),
    };

    public static bool?[] Booleans(DataFrameColumn column, int start, int count) =>
        Slice(Expect<PrimitiveDataFrameColumn<bool>>(column, OutputType.Boolean), start, count, v => v);

    public static double?[] Doubles(DataFrameColumn column, int start, int count) =>
        Slice(Expect<PrimitiveDataFrameColumn<double>>(column, OutputType.Double), start, count, v => v);

    public static decimal?[] Decimals92(DataFrameColumn column, int start, int count) =>
        Slice(Expect<PrimitiveDataFrameColumn<decimal>>(column, OutputType.Decimal92), start, count, v => v);

    private static TOut?[] Slice<TIn, TOut>(PrimitiveDataFrameColumn<TIn> column, int start, int count, Func<TIn, TOut> convert)
        where TIn : unmanaged
        where TOut : struct
    {
        var values = new TOut?[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = column[start + i] is { } value ? convert(value) : null;
        }

        return values;
    }

    private static T Expect<T>(DataFrameColumn column, OutputType type)
        where T : DataFrameColumn => column as T ?? throw Mismatch(column, type);

    private static ArgumentException Mismatch(DataFrameColumn column, OutputType type) =>
        new($"column '{column.Name}' is a {column.GetType().Name}, which cannot be written as {type}");
}
