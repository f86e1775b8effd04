using System.Runtime.InteropServices;
using PS = ParquetSharp;

namespace FunctionalScoring.Parquet.Tests.Reference;

/// <summary>
/// Reads one flat column with ParquetSharp (Arrow C++, the reference reader): every row's stored
/// bytes, as <see cref="ReferenceFile"/> writes them, or null. Throws what Arrow throws.
/// </summary>
public static class ReferenceReader
{
    public static List<byte[]?> Read(byte[] file, int column, bool verifyChecksums = false)
    {
        using var stream = new MemoryStream(file);
        using var properties = PS.ReaderProperties.GetDefaultReaderProperties();
        if (verifyChecksums)
        {
            properties.EnablePageChecksumVerification();
        }

        using var reader = new PS.ParquetFileReader(stream, properties, leaveOpen: true);
        var rows = new List<byte[]?>();
        for (var g = 0; g < reader.FileMetaData.NumRowGroups; g++)
        {
            using var rowGroup = reader.RowGroup(g);
            using var columnReader = rowGroup.Column(column);
            var count = rowGroup.MetaData.NumRows;
            var maxLevel = columnReader.ColumnDescriptor.MaxDefinitionLevel;
            var length = columnReader.ColumnDescriptor.TypeLength;
            rows.AddRange(columnReader switch
            {
                PS.ColumnReader<int> ints => ReadAll(ints, count, maxLevel, v => BitConverter.GetBytes(v)),
                PS.ColumnReader<long> longs => ReadAll(longs, count, maxLevel, v => BitConverter.GetBytes(v)),
                PS.ColumnReader<PS.Int96> int96s => ReadAll(int96s, count, maxLevel,
                    v => [.. BitConverter.GetBytes(v.A), .. BitConverter.GetBytes(v.B), .. BitConverter.GetBytes(v.C)]),
                PS.ColumnReader<PS.ByteArray> arrays => ReadAll(arrays, count, maxLevel, v => Copy(v.Pointer, v.Length)),
                PS.ColumnReader<PS.FixedLenByteArray> fixeds => ReadAll(fixeds, count, maxLevel, v => Copy(v.Pointer, length)),
                _ => throw new NotSupportedException(columnReader.GetType().Name),
            });
        }

        return rows;
    }

    /// <summary>Every row of one chunk; byte arrays are copied before the next batch reuses Arrow's buffers.</summary>
    private static List<byte[]?> ReadAll<T>(PS.ColumnReader<T> reader, long count, int maxLevel, Func<T, byte[]> bytes)
        where T : unmanaged
    {
        var rows = new List<byte[]?>((int)count);
        var levels = new short[1024];
        var values = new T[1024];
        while (rows.Count < count && reader.HasNext)
        {
            var read = (int)reader.ReadBatch(Math.Min(1024, count - rows.Count), levels, default, values, out var valueCount);
            var next = 0;
            for (var i = 0; i < read; i++)
            {
                rows.Add(maxLevel == 0 || levels[i] == maxLevel ? bytes(values[next++]) : null);
            }

            if (next != valueCount)
            {
                throw new InvalidDataException($"Arrow read {valueCount} values for {next} defined levels");
            }
        }

        return rows.Count == count ? rows : throw new InvalidDataException($"Arrow read {rows.Count} of {count} rows");
    }

    private static byte[] Copy(nint pointer, int length)
    {
        var copy = new byte[length];
        if (length > 0)
        {
            Marshal.Copy(pointer, copy, 0, length);
        }

        return copy;
    }
}
