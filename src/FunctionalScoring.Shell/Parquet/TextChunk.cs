using System.Buffers;
using FunctionalScoring.Parquet;
using Microsoft.Win32.SafeHandles;
using Parquet.Meta;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// The fast path for text column chunks, through FunctionalScoring.Parquet: each dictionary entry is
/// decoded once per chunk and each row costs an index; plain and delta-encoded chunks are read too
/// (prefix lengths in bytes, unlike the library). A chunk the component refuses answers false, and
/// the caller decodes it through the library instead, which then reports what is wrong.
/// Codes are assigned in the order rows first use them, exactly as the library path assigns them.
/// </summary>
internal static class TextChunk
{
    public static bool TryDecode(SafeFileHandle file, ColumnChunk chunk, BoundColumn column, BatchColumn target)
    {
        if (!ParquetNetChunks.TryDescribe(column.Field, chunk, out var descriptor, out _)
            || descriptor.Length > int.MaxValue || descriptor.Start + descriptor.Length > RandomAccess.GetLength(file))
        {
            return false;
        }

        var bytes = ArrayPool<byte>.Shared.Rent((int)descriptor.Length);
        var states = ArrayPool<ValueState>.Shared.Rent(target.Length);
        try
        {
            var data = bytes.AsSpan(0, (int)descriptor.Length);
            var rows = states.AsSpan(0, target.Length);
            if (!ReadExactly(file, data, descriptor.Start)
                || ColumnChunkDecoder.DecodeText(data, descriptor, new LibraryText((TextDictionary)target.Dictionary), target.Int32Target, rows)
                    is not ChunkDecoded decoded)
            {
                return false;
            }

            var present = target.PresentTarget;
            for (var row = 0; row < rows.Length; row++)
            {
                present[row] = rows[row] == ValueState.Present;
            }

            target.NullCount = decoded.Nulls;
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<ValueState>.Shared.Return(states);
        }
    }

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

    /// <summary>Codes from the table's dictionary, decoding UTF-8 as the library does (invalid bytes replaced), so both paths agree.</summary>
    private sealed class LibraryText(TextDictionary dictionary) : IByteArrayInterner
    {
        public int Intern(ReadOnlySpan<byte> value)
        {
            var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, System.Text.Encoding.UTF8.GetMaxCharCount(value.Length)));
            try
            {
                var count = System.Text.Encoding.UTF8.GetChars(value, chars);
                return dictionary.CodeOf(chars.AsSpan(0, count));
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }
}
