using System.Buffers;
using FunctionalScoring.Parquet;
using LanguageExt;
using Microsoft.Win32.SafeHandles;
using Parquet;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// Decodes one column chunk of one row group into a <see cref="BatchColumn"/> with FunctionalScoring.Parquet:
/// Parquet.Net reads the footer, the component every page (any encoding, codec and page version), so a
/// value is never boxed and a string is made once per distinct text, not per row.
/// </summary>
internal static class ColumnDecoder
{
    public static Option<ParquetInputError> Decode(SafeFileHandle file, ParquetRowGroupReader rowGroup, int rowGroupIndex, BoundColumn column, BatchColumn target, string fileName, ArrayPool<byte> chunks)
    {
        var chunk = column.Field is null ? null : rowGroup.GetMetadata(column.Field);
        if (chunk is null)
        {
            return ParquetInputError.Corrupt(fileName, $"row group {rowGroupIndex}: the footer has no chunk for column '{column.Spec.Name}'");
        }

        if (!ParquetNetChunks.TryDescribe(column.Field!, chunk, out var descriptor, out var error))
        {
            return Failure(fileName, rowGroupIndex, column, error);
        }

        if (descriptor.ValueCount != target.Length)
        {
            return ParquetInputError.Corrupt(fileName, $"row group {rowGroupIndex}: column '{column.Spec.Name}' holds {descriptor.ValueCount} values for {target.Length} rows");
        }

        if (descriptor.Length > int.MaxValue || descriptor.Start + descriptor.Length > RandomAccess.GetLength(file))
        {
            return ParquetInputError.Corrupt(fileName, $"row group {rowGroupIndex}: column '{column.Spec.Name}' lies past the end of the file");
        }

        var bytes = chunks.Rent((int)descriptor.Length);
        try
        {
            var data = bytes.AsSpan(0, (int)descriptor.Length);
            if (!ReadExactly(file, data, descriptor.Start))
            {
                return ParquetInputError.Corrupt(fileName, $"row group {rowGroupIndex}: the file ends inside column '{column.Spec.Name}'");
            }

            var result = column.Spec.Kind switch
            {
                ColumnKind.Text => ColumnChunkDecoder.DecodeText(data, descriptor, (TextValues)target.Texts, target.Int32Target, target.StateTarget),
                ColumnKind.Date => ColumnChunkDecoder.DecodeDates(data, descriptor, target.Int32Target, target.StateTarget),
                _ => ColumnChunkDecoder.DecodeIntegers(data, descriptor, target.Int64Target, target.StateTarget),
            };
            if (result is ChunkDecoded decoded)
            {
                target.Settle(decoded);
                return None;
            }

            return Failure(fileName, rowGroupIndex, column, (ChunkError)result);
        }
        finally
        {
            chunks.Return(bytes);
        }
    }

    private static ParquetInputError Failure(string fileName, int rowGroupIndex, BoundColumn column, ChunkError error) => error switch
    {
        UnsupportedChunk unsupported => ParquetInputError.Unsupported(fileName, column.Spec.Name, rowGroupIndex, unsupported.Feature),
        _ => ParquetInputError.Corrupt(fileName, $"row group {rowGroupIndex}: {error.Message}"),
    };

    private static bool ReadExactly(SafeFileHandle file, Span<byte> data, long offset)
    {
        while (!data.IsEmpty)
        {
            var read = RandomAccess.Read(file, data, offset);
            if (read == 0)
            {
                return false;
            }

            data = data[read..];
            offset += read;
        }

        return true;
    }
}
