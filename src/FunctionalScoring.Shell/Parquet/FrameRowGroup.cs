using LanguageExt;
using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>Rows <c>start .. start+count</c> of a frame as a row group: each output column is the frame column of its name.</summary>
internal sealed class FrameRowGroup(DataFrame frame, Seq<OutputColumn> columns, int start, int count) : IRowGroupValues
{
    public Array Column(int index)
    {
        var column = columns[index];
        var source = frame.Columns[column.Name];
        return column.Type switch
        {
            OutputType.String => FrameColumnValues.Strings(source, start, count),
            OutputType.Int64 => FrameColumnValues.Int64s(source, start, count),
            OutputType.Date => FrameColumnValues.Dates(source, start, count),
            OutputType.Boolean => FrameColumnValues.Booleans(source, start, count),
            OutputType.Double => FrameColumnValues.Doubles(source, start, count),
            OutputType.Decimal92 => FrameColumnValues.Decimals92(source, start, count),
            _ => throw new ArgumentOutOfRangeException(nameof(index), column.Type, null),
        };
    }
}
