using System.Buffers;
using Microsoft.Win32.SafeHandles;
using Parquet;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>Decodes one column of one row group into a <see cref="BatchColumn"/>, without boxing a value.</summary>
internal static class ColumnDecoder
{
    public static ValueTask DecodeAsync(ParquetRowGroupReader rowGroup, SafeFileHandle? file, BoundColumn column, BatchColumn target, CancellationToken ct)
    {
        var chunk = rowGroup.GetMetadata(column.Field);
        var values = chunk?.MetaData?.NumValues ?? -1;
        if (values != target.Length)
        {
            throw new InvalidDataException($"column '{column.Spec.Name}' holds {values} values for {target.Length} rows");
        }

        return column.Raw switch
        {
            RawType.Utf8 when file is not null && TextChunk.TryDecode(file, chunk!, column, target) => ValueTask.CompletedTask,
            RawType.Utf8 => DecodeTextAsync(rowGroup, column, target, ct),
            RawType.DateOnly => DecodeAsync<DateOnly, int, DayOfDate>(rowGroup, column, target, ct),
            RawType.DateTime => DecodeAsync<DateTime, int, DayOfTimestamp>(rowGroup, column, target, ct),
            RawType.SByte => DecodeAsync<sbyte, long, Widen<sbyte>>(rowGroup, column, target, ct),
            RawType.Byte => DecodeAsync<byte, long, Widen<byte>>(rowGroup, column, target, ct),
            RawType.Int16 => DecodeAsync<short, long, Widen<short>>(rowGroup, column, target, ct),
            RawType.UInt16 => DecodeAsync<ushort, long, Widen<ushort>>(rowGroup, column, target, ct),
            RawType.Int32 => DecodeAsync<int, long, Widen<int>>(rowGroup, column, target, ct),
            RawType.UInt32 => DecodeAsync<uint, long, Widen<uint>>(rowGroup, column, target, ct),
            RawType.Int64 => DecodeAsync<long, long, Widen<long>>(rowGroup, column, target, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Raw, null),
        };
    }

    private static async ValueTask DecodeAsync<TRaw, TOut, TConvert>(
        ParquetRowGroupReader rowGroup, BoundColumn column, BatchColumn target, CancellationToken ct)
        where TRaw : struct
        where TConvert : IRawConverter<TRaw, TOut>
    {
        var rows = target.Length;
        var raw = ArrayPool<TRaw>.Shared.Rent(rows);
        var levels = column.IsNullable ? ArrayPool<int>.Shared.Rent(rows) : null;
        try
        {
            await rowGroup.ReadRawAsync(column.Field, raw.AsMemory(), levels?.AsMemory(), null, ct);
            target.NullCount = Spread<TRaw, TOut, TConvert>(raw, levels, column.Field.MaxDefinitionLevel, target);
        }
        finally
        {
            Return(raw, levels);
        }
    }

    private static int Spread<TRaw, TOut, TConvert>(TRaw[] raw, int[]? levels, int defined, BatchColumn target)
        where TConvert : IRawConverter<TRaw, TOut>
    {
        var values = TConvert.Target(target);
        var present = target.PresentTarget;
        if (levels is null)
        {
            for (var row = 0; row < values.Length; row++)
            {
                values[row] = TConvert.Convert(raw[row]);
            }

            present.Fill(true);
            return 0;
        }

        // Parquet stores only the non-null values, densely: the definition levels say which rows they belong to.
        var next = 0;
        for (var row = 0; row < values.Length; row++)
        {
            var has = levels[row] == defined;
            present[row] = has;
            values[row] = has ? TConvert.Convert(raw[next++]) : default!;
        }

        return values.Length - next;
    }

    private static async ValueTask DecodeTextAsync(ParquetRowGroupReader rowGroup, BoundColumn column, BatchColumn target, CancellationToken ct)
    {
        var rows = target.Length;
        var raw = ArrayPool<ReadOnlyMemory<char>>.Shared.Rent(rows);
        var levels = column.IsNullable ? ArrayPool<int>.Shared.Rent(rows) : null;
        try
        {
            await rowGroup.ReadRawAsync(column.Field, raw.AsMemory(), levels?.AsMemory(), null, ct);
            target.NullCount = TextCodes.Assign(raw, levels, column.Field.MaxDefinitionLevel, target);
        }
        finally
        {
            // Cleared so the pool does not keep the row group's strings alive.
            Return(raw, levels, clear: true);
        }
    }

    private static void Return<TRaw>(TRaw[] raw, int[]? levels, bool clear = false)
    {
        ArrayPool<TRaw>.Shared.Return(raw, clear);
        if (levels is not null)
        {
            ArrayPool<int>.Shared.Return(levels);
        }
    }
}
