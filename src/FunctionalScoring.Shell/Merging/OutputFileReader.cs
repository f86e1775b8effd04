using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Meta;
using Parquet.Schema;
using static LanguageExt.Prelude;
using PhysicalType = Parquet.Meta.Type;

namespace FunctionalScoring.Shell.Merging;

/// <summary>
/// Reads back an output file of <c>score</c> (strings, INT64, DATE, BOOLEAN, DOUBLE, DECIMAL(9,2)) as the very DataFrame
/// column types <see cref="Outputs.ResultFrames"/> builds, so writing it again gives the same bytes. The input
/// reader does not fit: it reads text as codes and knows no BOOLEAN or DECIMAL.
/// </summary>
public static class OutputFileReader
{
    // DATE columns come back as DateOnly, the type the writer takes; the default would be DateTime.
    private static readonly ParquetOptions Options = new() { UseDateOnlyTypeForDates = true };

    /// <summary>Every row of <paramref name="path"/>, whose columns must be exactly <paramref name="schema"/>.</summary>
    public static async Task<Either<MergeError, DataFrame>> ReadAsync(string path, Seq<OutputColumn> schema, CancellationToken ct = default)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            await using var reader = await ParquetReader.CreateAsync(stream, Options, false, ct);
            var fields = reader.Schema.Fields;
            var mismatch = SchemaMismatch(fields, schema);
            if (mismatch.IsSome)
            {
                return MergeError.Unreadable(path, (string)mismatch);
            }

            var rows = checked((int)Enumerable.Range(0, reader.RowGroupCount).Sum(i => reader.RowGroups[i].RowCount));
            var columns = schema.Map(c => ColumnBuffer.For(c, rows)).ToArray();
            var offset = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = checked((int)group.RowCount);
                for (var c = 0; c < columns.Length; c++)
                {
                    await columns[c].ReadAsync(group, (DataField)fields[c], offset, count, ct);
                }

                offset += count;
            }

            return new DataFrame(columns.Select(c => c.ToColumn()));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return MergeError.Unreadable(path, e.Message);
        }
    }

    private static Option<string> SchemaMismatch(IReadOnlyList<Field> fields, Seq<OutputColumn> schema)
    {
        var found = fields.Select(Describe).ToArray();
        var expected = schema.Map(c => $"{c.Name} {c.Type}").ToArray();
        return found.SequenceEqual(expected)
            ? None
            : Some($"its columns are ({string.Join(", ", found)}); expected ({string.Join(", ", expected)})");
    }

    /// <summary>Names a column by its physical type and annotation, as the writer declares each <see cref="OutputType"/>.</summary>
    private static string Describe(Field field) => field is DataField { IsArray: false, MaxRepetitionLevel: 0, SchemaElement: { Type: { } physical } se }
        ? $"{field.Name} " + (physical, se.LogicalType, se.ConvertedType) switch
        {
            (PhysicalType.BYTE_ARRAY, { STRING: not null }, _) or (PhysicalType.BYTE_ARRAY, null, ConvertedType.UTF8) => $"{OutputType.String}",
            (PhysicalType.INT64, null or { INTEGER: { BitWidth: 64, IsSigned: true } }, null or ConvertedType.INT_64) => $"{OutputType.Int64}",
            (PhysicalType.INT32, { DATE: not null }, _) or (PhysicalType.INT32, null, ConvertedType.DATE) => $"{OutputType.Date}",
            (PhysicalType.BOOLEAN, null, null) => $"{OutputType.Boolean}",
            (PhysicalType.DOUBLE, null, null) => $"{OutputType.Double}",
            (PhysicalType.INT32, { DECIMAL: { Precision: 9, Scale: 2 } }, _) => $"{OutputType.Decimal92}",
            _ => $"{physical}",
        }
        : $"{field.Name} {field.SchemaType}";
}
