using System.Numerics;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Loading;

/// <summary>
/// Turns the columns of a loaded DataFrame into the core's columns: the frame's buffers are copied
/// once into flat arrays, nulls becoming the core's sentinels, without a boxed value per row.
/// </summary>
public static class FrameColumns
{
    public static TextColumn Text(LoadedTable table, string column) =>
        new(Flatten((PrimitiveDataFrameColumn<int>)table.Frame.Columns[column], TextColumn.Null), table.Dictionary(column));

    public static DateColumn Date(LoadedTable table, string column) =>
        new(Flatten((PrimitiveDataFrameColumn<int>)table.Frame.Columns[column], DateColumn.Null));

    public static IntegerColumn Integer(LoadedTable table, string column) =>
        new(Flatten((PrimitiveDataFrameColumn<long>)table.Frame.Columns[column], IntegerColumn.Null));

    /// <summary>Where each frame row came from, one span per row group read (for rejects, R28) with the skipped rows (R29).</summary>
    public static Seq<SourceSpan> Sources(LoadedTable table) =>
        table.Files.Bind(SpansOf);

    private static Seq<SourceSpan> SpansOf(SourceFile file) =>
        file.Ranges.IsEmpty
            ? Prelude.Seq1(new SourceSpan(file.Name, (int)file.FirstRow, 0, 0, file.SkippedRows))
            : file.Ranges.Select((range, i) => new SourceSpan(file.Name, (int)range.FrameRow, (int)range.Count, range.FileRow, i == 0 ? file.SkippedRows : 0)).ToSeq();

    private static T[] Flatten<T>(PrimitiveDataFrameColumn<T> column, T nullValue)
        where T : unmanaged, INumber<T>
    {
        var values = new T[column.Length];
        var offset = 0;
        var data = column.GetReadOnlyDataBuffers().GetEnumerator();
        var nulls = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        while (data.MoveNext() && nulls.MoveNext())
        {
            var span = data.Current.Span;
            var bitmap = nulls.Current.Span;
            span.CopyTo(values.AsSpan(offset));
            if (column.NullCount > 0)
            {
                for (var i = 0; i < span.Length; i++)
                {
                    if ((bitmap[i >> 3] & (1 << (i & 7))) == 0)
                    {
                        values[offset + i] = nullValue;
                    }
                }
            }

            offset += span.Length;
        }

        return values;
    }
}
