using FunctionalScoring.Parquet;
using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>One column of a <see cref="RowGroupBuffer"/>: filled row by row, written as one column chunk, then cleared.</summary>
internal interface IColumnBuffer
{
    string Name { get; }

    int Count { get; }

    /// <summary>Rows [<paramref name="start"/>, + <paramref name="count"/>) of a frame column of the buffer's output type.</summary>
    void AddRange(DataFrameColumn column, int start, int count);

    void WriteTo(RowGroupWriter group);

    /// <summary>The rows as the DataFrame column <see cref="Outputs.ResultFrames"/> builds for this type.</summary>
    DataFrameColumn ToFrameColumn();

    void Clear();
}
