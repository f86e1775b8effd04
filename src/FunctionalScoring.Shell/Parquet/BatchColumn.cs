using LanguageExt;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// One column of one row group, decoded: <see cref="Int32Values"/> holds text codes or day numbers,
/// <see cref="Int64Values"/> holds integers; a null row holds 0 and <c>false</c> in <see cref="HasValue"/>.
/// The buffers are reused for the next row group of the stream: copy what you keep.
/// </summary>
public sealed class BatchColumn
{
    private int[] ints = [];
    private long[] longs = [];
    private bool[] present = [];

    internal BatchColumn(ColumnSpec spec, Option<TextDictionary> dictionary)
    {
        Spec = spec;
        Dictionary = dictionary;
    }

    public ColumnSpec Spec { get; }

    /// <summary>The table-wide dictionary of a <see cref="ColumnKind.Text"/> column; it grows as the stream goes on.</summary>
    public Option<TextDictionary> Dictionary { get; }

    public int Length { get; private set; }

    public int NullCount { get; internal set; }

    public ReadOnlySpan<int> Int32Values => ints.AsSpan(0, Spec.Kind == ColumnKind.Integer ? 0 : Length);

    public ReadOnlySpan<long> Int64Values => longs.AsSpan(0, Spec.Kind == ColumnKind.Integer ? Length : 0);

    public ReadOnlySpan<bool> HasValue => present.AsSpan(0, Length);

    internal Span<int> Int32Target => ints.AsSpan(0, Length);

    internal Span<long> Int64Target => longs.AsSpan(0, Length);

    internal Span<bool> PresentTarget => present.AsSpan(0, Length);

    /// <summary>
    /// Writes the core's null markers into the nulls of a text or date column
    /// (<see cref="Core.Input.TextColumn.Null"/>, <see cref="Core.Input.DateColumn.Null"/>), so a reader of
    /// <see cref="Int32Values"/> needs no presence flags. Integers keep theirs: every long is a value.
    /// </summary>
    internal void MarkNulls()
    {
        if (NullCount == 0 || Spec.Kind == ColumnKind.Integer)
        {
            return;
        }

        var marker = Spec.Kind == ColumnKind.Text ? Core.Input.TextColumn.Null : Core.Input.DateColumn.Null;
        for (var row = 0; row < Length; row++)
        {
            if (!present[row])
            {
                ints[row] = marker;
            }
        }
    }

    /// <summary>Makes room for <paramref name="rows"/> rows, growing the buffers only when a row group is larger.</summary>
    internal void Reset(int rows)
    {
        if (present.Length < rows)
        {
            present = new bool[rows];
            if (Spec.Kind == ColumnKind.Integer)
            {
                longs = new long[rows];
            }
            else
            {
                ints = new int[rows];
            }
        }

        Length = rows;
        NullCount = 0;
    }
}
