using FunctionalScoring.Core.Input;
using FunctionalScoring.Parquet;
using LanguageExt;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// One column of one row group, decoded into the core's representation: <see cref="Int32Values"/> holds
/// text codes into <see cref="Texts"/> or day numbers, with the core's markers for nulls and for cells
/// that are not values (<see cref="TextColumn.Null"/>/<see cref="TextColumn.Invalid"/>,
/// <see cref="DateColumn.Null"/>/<see cref="DateColumn.OutOfRange"/>); <see cref="Int64Values"/> holds
/// integers, <see cref="HasValue"/> saying which rows are not null. The buffers are reused for the next
/// row group of the stream: copy what you keep.
/// </summary>
public sealed class BatchColumn
{
    private int[] ints = [];
    private long[] longs = [];
    private bool[] present = [];
    private ValueState[] states = [];

    internal BatchColumn(ColumnSpec spec, Option<TextValues> texts)
    {
        Spec = spec;
        Texts = texts;
    }

    public ColumnSpec Spec { get; }

    /// <summary>The table-wide values of a <see cref="ColumnKind.Text"/> column; they grow as the stream goes on.</summary>
    public Option<TextValues> Texts { get; }

    public int Length { get; private set; }

    public int NullCount { get; private set; }

    public ReadOnlySpan<int> Int32Values => ints.AsSpan(0, Spec.Kind == ColumnKind.Integer ? 0 : Length);

    public ReadOnlySpan<long> Int64Values => longs.AsSpan(0, Spec.Kind == ColumnKind.Integer ? Length : 0);

    public ReadOnlySpan<bool> HasValue => present.AsSpan(0, Length);

    internal Span<int> Int32Target => ints.AsSpan(0, Length);

    internal Span<long> Int64Target => longs.AsSpan(0, Length);

    internal Span<ValueState> StateTarget => states.AsSpan(0, Length);

    /// <summary>Makes room for <paramref name="rows"/> rows, growing the buffers only when a row group is larger.</summary>
    internal void Reset(int rows)
    {
        if (present.Length < rows)
        {
            present = new bool[rows];
            states = new ValueState[rows];
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

    /// <summary>A column the file lacks, taken from its Hive partition folder: one value (or null) for every row.</summary>
    internal Option<ParquetInputError> Fill(PartitionValue partition)
    {
        var rows = present.AsSpan(0, Length);
        switch (Spec.Kind)
        {
            case ColumnKind.Text:
                var code = partition.Value.Match(text => ((TextValues)Texts).Intern(System.Text.Encoding.UTF8.GetBytes(text)), () => TextColumn.Null);
                ints.AsSpan(0, Length).Fill(code);
                rows.Fill(code >= 0);
                break;
            case ColumnKind.Date:
                var day = partition.Day().ToOption().Flatten();
                ints.AsSpan(0, Length).Fill(day.IfNone(DateColumn.Null));
                rows.Fill(day.IsSome);
                break;
            default:
                var value = partition.Integer().ToOption().Flatten();
                longs.AsSpan(0, Length).Fill(value.IfNone(0));
                rows.Fill(value.IsSome);
                break;
        }

        NullCount = rows.Contains(true) ? 0 : Length;
        return Option<ParquetInputError>.None;
    }

    /// <summary>
    /// Turns the decoder's row states into the core's markers. An unsigned 64-bit integer above
    /// <see cref="long.MaxValue"/> is kept as <see cref="long.MaxValue"/>: no unit can be that large, so
    /// R28's bound on units rejects the row either way.
    /// </summary>
    internal void Settle(ChunkDecoded decoded)
    {
        NullCount = decoded.Nulls;
        var rowStates = StateTarget;
        var rows = present.AsSpan(0, Length);
        if (decoded.Nulls == 0 && decoded.Rejected == 0)
        {
            rows.Fill(true);
            return;
        }

        for (var row = 0; row < rowStates.Length; row++)
        {
            var state = rowStates[row];
            rows[row] = state != ValueState.Null;
            if (state == ValueState.Present)
            {
                continue;
            }

            switch (Spec.Kind)
            {
                case ColumnKind.Text:
                    ints[row] = state == ValueState.Null ? TextColumn.Null : TextColumn.Invalid;
                    break;
                case ColumnKind.Date:
                    ints[row] = state == ValueState.Null ? DateColumn.Null : DateColumn.OutOfRange;
                    break;
                default:
                    longs[row] = state == ValueState.OutOfRange ? long.MaxValue : 0;
                    break;
            }
        }
    }
}
