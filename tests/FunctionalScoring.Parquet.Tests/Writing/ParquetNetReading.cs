using Parquet;
using Parquet.Schema;

namespace FunctionalScoring.Parquet.Tests.Writing;

/// <summary>Reads a written table back with Parquet.Net, and the footer facts the tests look at.</summary>
public static class ParquetNetReading
{
    private static readonly ParquetOptions Options = new() { UseDateOnlyTypeForDates = true };

    /// <summary>Every column's values over all row groups, as <see cref="TableCase.Values"/> holds them.</summary>
    public static object?[][] Read(byte[] file, TableCase table) => WithReader(file, async reader =>
    {
        var fields = reader.Schema.GetDataFields();
        var columns = table.Columns.Select(_ => new List<object?>()).ToArray();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var rows = checked((int)group.RowCount);
            for (var c = 0; c < fields.Length; c++)
            {
                columns[c].AddRange(table.Columns[c].Type switch
                {
                    WriterType.Text => await Strings(group, fields[c], rows),
                    WriterType.Int64 => await Values<long>(group, fields[c], rows),
                    WriterType.Date => await Values<DateOnly>(group, fields[c], rows),
                    WriterType.Boolean => await Values<bool>(group, fields[c], rows),
                    _ => await Values<double>(group, fields[c], rows),
                });
            }
        }

        return columns.Select(c => c.ToArray()).ToArray();
    });

    /// <summary>Each row group's chunk of each column, as Parquet.Net reads the footer: (encodings, statistics).</summary>
    public static List<(string Column, int Group, List<global::Parquet.Meta.Encoding> Encodings, global::Parquet.Meta.Statistics? Statistics)> Chunks(byte[] file) =>
        WithReader(file, reader => Task.FromResult((
            from g in Enumerable.Range(0, reader.RowGroupCount)
            from field in reader.Schema.GetDataFields()
            let meta = reader.OpenRowGroupReader(g).GetMetadata(field)!.MetaData!
            select (field.Name, g, meta.Encodings, meta.Statistics)).ToList()));

    /// <summary>The footer as Parquet.Net parses it.</summary>
    public static global::Parquet.Meta.FileMetaData Footer(byte[] file) => WithReader(file, reader => Task.FromResult(reader.Metadata!));

    private static async Task<object?[]> Strings(ParquetRowGroupReader group, DataField field, int rows)
    {
        var values = new string?[rows];
        await group.ReadAsync(field, values.AsMemory(), null);
        return values;
    }

    private static async Task<object?[]> Values<T>(ParquetRowGroupReader group, DataField field, int rows)
        where T : struct
    {
        if (field.IsNullable)
        {
            var nullable = new T?[rows];
            await group.ReadAsync<T>(field, nullable.AsMemory(), null);
            return [.. nullable.Select(v => v.HasValue ? (object)v.Value : null)];
        }

        var values = new T[rows];
        await group.ReadAsync<T>(field, values.AsMemory(), null);
        return [.. values.Select(v => (object?)v)];
    }

    private static T WithReader<T>(byte[] file, Func<ParquetReader, Task<T>> read) => WithReaderAsync(file, read).GetAwaiter().GetResult();

    private static async Task<T> WithReaderAsync<T>(byte[] file, Func<ParquetReader, Task<T>> read)
    {
        using var stream = new MemoryStream(file);
        await using var reader = await ParquetReader.CreateAsync(stream, Options);
        return await read(reader);
    }
}
