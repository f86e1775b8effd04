using System.Text;
using FunctionalScoring.Parquet;
using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// A text column being filled for <see cref="ParquetFileWriter"/>: each row a code (−1: null), each distinct
/// value's UTF-8 bytes stored once in one arena. Rows repeat a few strings (paths, metrics, kinds) and every
/// tenant id many times, usually the same string instance row after row: that instance is recognised by
/// reference before any hashing. <see cref="Clear"/> forgets the values, so memory holds one row group's.
/// </summary>
internal sealed class TextColumnBuffer(string name) : IColumnBuffer, IUtf8Table
{
    private readonly Dictionary<string, int> codes = new(StringComparer.Ordinal);
    private int[] rows = new int[16];
    private int[] offsets = new int[17];
    private byte[] arena = new byte[256];
    private string? last;
    private int lastCode;

    public string Name { get; } = name;

    /// <summary>Rows held.</summary>
    public int Count { get; private set; }

    int IUtf8Table.Count => codes.Count;

    public ReadOnlySpan<byte> Bytes(int code) => arena.AsSpan(offsets[code], offsets[code + 1] - offsets[code]);

    public void Add(string? value)
    {
        if (Count == rows.Length)
        {
            Array.Resize(ref rows, rows.Length * 2);
        }

        rows[Count++] = value is null ? -1 : ReferenceEquals(value, last) ? lastCode : CodeOf(value);
    }

    public void AddRange(DataFrameColumn column, int start, int count)
    {
        foreach (var value in FrameColumnValues.Strings(column, start, count))
        {
            Add(value);
        }
    }

    public void WriteTo(RowGroupWriter group) => group.WriteText(rows.AsSpan(0, Count), this);

    /// <summary>The rows as strings, each distinct value made once.</summary>
    public DataFrameColumn ToFrameColumn()
    {
        var texts = Enumerable.Range(0, codes.Count).Select(code => Encoding.UTF8.GetString(Bytes(code))).ToArray();
        return new StringDataFrameColumn(Name, rows.Take(Count).Select(code => code < 0 ? null : texts[code]));
    }

    public void Clear()
    {
        codes.Clear();
        (Count, last) = (0, null);
    }

    private int CodeOf(string value)
    {
        if (!codes.TryGetValue(value, out var code))
        {
            code = codes.Count;
            var at = offsets[code];
            var length = Encoding.UTF8.GetByteCount(value);
            if (at + length > arena.Length)
            {
                Array.Resize(ref arena, Math.Max(at + length, arena.Length * 2));
            }

            if (code + 2 > offsets.Length)
            {
                Array.Resize(ref offsets, offsets.Length * 2);
            }

            offsets[code + 1] = at + Encoding.UTF8.GetBytes(value, arena.AsSpan(at));
            codes.Add(value, code);
        }

        (last, lastCode) = (value, code);
        return code;
    }
}
