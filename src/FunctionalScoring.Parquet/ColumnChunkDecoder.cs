using FunctionalScoring.Parquet.Codecs;
using FunctionalScoring.Parquet.Pages;
using FunctionalScoring.Parquet.Values;

namespace FunctionalScoring.Parquet;

/// <summary>
/// Decodes one column chunk of one row group straight into the caller's buffers: row <c>i</c> of the
/// chunk lands in <c>values[i]</c> and <c>states[i]</c> (see <see cref="ValueState"/>); both must hold
/// at least <see cref="ChunkDescriptor.ValueCount"/> rows. <c>chunk</c> is the file's bytes
/// <c>[Start, Start + Length)</c> of the <see cref="ChunkDescriptor"/>. Bad or unreadable input is
/// reported as a <see cref="ChunkError"/>, never thrown; only buffers too small for the chunk throw.
/// </summary>
public static class ColumnChunkDecoder
{
    /// <summary>INT32 or INT64 integers (any INT annotation, or none) as longs.</summary>
    public static ChunkResult DecodeIntegers(ReadOnlySpan<byte> chunk, ChunkDescriptor column, Span<long> values, Span<ValueState> states)
    {
        if (Refusal(column, values.Length, states.Length) is { } refused)
        {
            return refused;
        }

        if (column is not { Type: PhysicalType.Int32 or PhysicalType.Int64, Meaning: ValueMeaning.Integer(var bits, var signed) })
        {
            return Mismatch(column, "integers");
        }

        using var scratch = new Scratch();
        using var decoder = new IntegerValues<long, IntegerOf>(column.Type, new IntegerOf(bits, signed), scratch);
        return Walk(chunk, column, values, states, decoder, scratch);
    }

    /// <summary>
    /// DATE (INT32), TIMESTAMP (INT64 in any unit, also the legacy TIMESTAMP_MILLIS/MICROS) and INT96
    /// timestamps as the <see cref="DateOnly.DayNumber"/> of their stored (UTC) date.
    /// </summary>
    public static ChunkResult DecodeDates(ReadOnlySpan<byte> chunk, ChunkDescriptor column, Span<int> dayNumbers, Span<ValueState> states)
    {
        if (Refusal(column, dayNumbers.Length, states.Length) is { } refused)
        {
            return refused;
        }

        using var scratch = new Scratch();
        return (column.Type, column.Meaning) switch
        {
            (PhysicalType.Int32, ValueMeaning.Date) or (PhysicalType.Int96, ValueMeaning.Timestamp) =>
                Days(chunk, column, dayNumbers, states, new DayOfDate(), scratch),
            (PhysicalType.Int64, ValueMeaning.Timestamp { Unit: TimeUnit.Millis }) =>
                Days(chunk, column, dayNumbers, states, new DayOfTimestamp<Millis>(), scratch),
            (PhysicalType.Int64, ValueMeaning.Timestamp { Unit: TimeUnit.Micros }) =>
                Days(chunk, column, dayNumbers, states, new DayOfTimestamp<Micros>(), scratch),
            (PhysicalType.Int64, ValueMeaning.Timestamp { Unit: TimeUnit.Nanos }) =>
                Days(chunk, column, dayNumbers, states, new DayOfTimestamp<Nanos>(), scratch),
            _ => Mismatch(column, "dates"),
        };
    }

    /// <summary>BYTE_ARRAY or FIXED_LEN_BYTE_ARRAY text as codes from <paramref name="interner"/>.</summary>
    public static ChunkResult DecodeText(
        ReadOnlySpan<byte> chunk, ChunkDescriptor column, IByteArrayInterner interner, Span<int> codes, Span<ValueState> states)
    {
        ArgumentNullException.ThrowIfNull(interner);
        if (Refusal(column, codes.Length, states.Length) is { } refused)
        {
            return refused;
        }

        if (column is not { Type: PhysicalType.ByteArray or PhysicalType.FixedLenByteArray, Meaning: ValueMeaning.Text })
        {
            return Mismatch(column, "text");
        }

        if (column.Type == PhysicalType.FixedLenByteArray && column.TypeLength <= 0)
        {
            return new CorruptChunk(column.Column, null, 0, $"a FIXED_LEN_BYTE_ARRAY column of length {column.TypeLength}");
        }

        using var scratch = new Scratch();
        using var decoder = new TextValues(column.Type, column.TypeLength, interner, scratch);
        return Walk(chunk, column, codes, states, decoder, scratch);
    }

    private static ChunkResult Days<TConverter>(
        ReadOnlySpan<byte> chunk, ChunkDescriptor column, Span<int> dayNumbers, Span<ValueState> states, TConverter converter, Scratch scratch)
        where TConverter : struct, IRawConverter<int>
    {
        using var decoder = new IntegerValues<int, TConverter>(column.Type, converter, scratch);
        return Walk(chunk, column, dayNumbers, states, decoder, scratch);
    }

    private static ChunkResult Walk<T, TDecoder>(
        ReadOnlySpan<byte> chunk, ChunkDescriptor column, Span<T> values, Span<ValueState> states, TDecoder decoder, Scratch scratch)
        where TDecoder : IValueDecoder<T>
    {
        var rows = (int)column.ValueCount;
        var page = 0;
        var offset = 0L;
        try
        {
            return new ChunkWalker<T, TDecoder>(column, values[..rows], states[..rows], decoder, scratch).Run(chunk, ref page, ref offset);
        }
        catch (CorruptDataException e)
        {
            return new CorruptChunk(column.Column, page, offset, e.Message);
        }
        catch (UnsupportedDataException e)
        {
            return new UnsupportedChunk(column.Column, e.Message);
        }
        catch (OverflowException)
        {
            return new CorruptChunk(column.Column, page, offset, "a size or count in the page overflows");
        }
    }

    /// <summary>What refuses a chunk before its first page is read; buffers too small are the caller's bug.</summary>
    private static ChunkError? Refusal(ChunkDescriptor column, int values, int states)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (column.MaxRepetitionLevel != 0 || column.MaxDefinitionLevel is < 0 or > 1)
        {
            return new UnsupportedChunk(column.Column,
                $"nesting or repetition (maximum definition level {column.MaxDefinitionLevel}, repetition level {column.MaxRepetitionLevel}); only flat columns are read");
        }

        if (!PageDecompressor.Reads(column.Codec))
        {
            return new UnsupportedChunk(column.Column, $"the {PageDecompressor.Name(column.Codec)} codec");
        }

        if (column.ValueCount is < 0 or > int.MaxValue)
        {
            return new CorruptChunk(column.Column, null, 0, $"the footer gives the chunk {column.ValueCount} values");
        }

        if (values < column.ValueCount || states < column.ValueCount)
        {
            throw new ArgumentException($"the buffers hold {Math.Min(values, states)} rows; column '{column.Column}' has {column.ValueCount} in this chunk");
        }

        return null;
    }

    private static UnsupportedChunk Mismatch(ChunkDescriptor column, string target) => new(column.Column, column.Meaning switch
    {
        ValueMeaning.Other other => $"{other.Description} values, read as {target}",
        _ => $"{Encodings.Encoding.TypeName(column.Type)} ({Describe(column.Meaning)}) values, read as {target}",
    });

    private static string Describe(ValueMeaning meaning) => meaning switch
    {
        ValueMeaning.Integer(var bits, var signed) => $"INT({bits}, {(signed ? "signed" : "unsigned")})",
        ValueMeaning.Date => "DATE",
        ValueMeaning.Timestamp(var unit) => $"TIMESTAMP({unit.ToString().ToUpperInvariant()})",
        ValueMeaning.Text => "STRING",
        ValueMeaning.Other(var description) => description,
        _ => meaning.ToString(),
    };
}
