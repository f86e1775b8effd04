using System.Text;

namespace FunctionalScoring.Parquet.Tests.Writing;

/// <summary>How a test hands text to the writer: the same values under different codes must give the same file.</summary>
public enum CodeOrder
{
    /// <summary>Codes in the order rows first use the values, one table for the file.</summary>
    FirstUse,

    /// <summary>Codes in descending ordinal order of the values, after unused values, a new table per row group.</summary>
    Scrambled,
}

/// <summary>Writes a <see cref="TableCase"/> with <see cref="ParquetFileWriter"/>.</summary>
public static class TableFile
{
    public static byte[] Write(TableCase table, CodeOrder order = CodeOrder.FirstUse)
    {
        using var stream = new MemoryStream();
        using (var writer = new ParquetFileWriter(stream, table.Columns, table.Options))
        {
            var tables = table.Columns.Select(_ => new Utf8Table()).ToArray();
            var start = 0;
            foreach (var rows in table.GroupSizes)
            {
                var group = writer.StartRowGroup(rows);
                for (var c = 0; c < table.Columns.Length; c++)
                {
                    var values = table.Slice(c, start, rows);
                    var present = values.Select(v => v is not null).ToArray();
                    switch (table.Columns[c].Type)
                    {
                        case WriterType.Text:
                            var text = order == CodeOrder.FirstUse ? tables[c] : Utf8Table.Scrambled(values);
                            group.WriteText(values.Select(v => v is string s ? text.Code(s) : -1).ToArray(), text);
                            break;
                        case WriterType.Int64:
                            group.WriteInt64(values.Select(v => v as long? ?? 0).ToArray(), present);
                            break;
                        case WriterType.Date:
                            group.WriteDates(values.Select(v => (v as DateOnly?)?.DayNumber ?? 0).ToArray(), present);
                            break;
                        case WriterType.Boolean:
                            group.WriteBooleans(values.Select(v => v as bool? ?? false).ToArray(), present);
                            break;
                        default:
                            group.WriteDoubles(values.Select(v => v as double? ?? 0).ToArray(), present);
                            break;
                    }
                }

                group.Finish();
                start += rows;
            }

            writer.Complete();
        }

        return stream.ToArray();
    }

    /// <summary>A table of UTF-8 values that gives each new string the next code.</summary>
    private sealed class Utf8Table : IUtf8Table
    {
        private readonly Dictionary<string, int> codes = new(StringComparer.Ordinal);
        private readonly List<byte[]> bytes = [];

        public int Count => bytes.Count;

        public static Utf8Table Scrambled(IEnumerable<object?> values)
        {
            var table = new Utf8Table();
            table.Code("never used by a row");
            table.Code("");
            foreach (var value in values.OfType<string>().Distinct().OrderDescending(StringComparer.Ordinal))
            {
                table.Code(value);
            }

            return table;
        }

        public ReadOnlySpan<byte> Bytes(int code) => bytes[code];

        public int Code(string value)
        {
            if (!codes.TryGetValue(value, out var code))
            {
                (code, codes[value]) = (bytes.Count, bytes.Count);
                bytes.Add(Encoding.UTF8.GetBytes(value));
            }

            return code;
        }
    }
}
