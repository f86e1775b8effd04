using Apache.Arrow;
using Apache.Arrow.Types;

namespace FunctionalScoring.WriterMatrix;

/// <summary>One table of a dataset, as Arrow C++ reads it: its schema and every row in one record batch.</summary>
public sealed record TableData(string Name, RecordBatch Rows)
{
    public Schema Schema => Rows.Schema;

    /// <summary>The same rows with <paramref name="convert"/> applied to every column it returns a new array for.</summary>
    public TableData Map(Func<Field, IArrowArray, (Field, IArrowArray)?> convert)
    {
        var fields = new List<Field>();
        var arrays = new List<IArrowArray>();
        for (var i = 0; i < Schema.FieldsList.Count; i++)
        {
            var (field, array) = convert(Schema.FieldsList[i], Rows.Column(i)) ?? (Schema.FieldsList[i], Rows.Column(i));
            fields.Add(field);
            arrays.Add(array);
        }

        return this with { Rows = new RecordBatch(new Schema(fields, null), arrays, Rows.Length) };
    }
}

/// <summary>A dataset folder of the four tables the scorer reads, each one <c>&lt;table&gt;.parquet</c>.</summary>
public static class Dataset
{
    public static readonly string[] Tables = ["associations", "usage", "certifications", "partners"];

    /// <summary>Every table of <paramref name="folder"/>, read whole through Arrow C++ (the files are small).</summary>
    public static IReadOnlyList<TableData> Read(string folder) =>
        [.. Tables.Select(table => new TableData(table, ReadFile(Path.Combine(folder, table + ".parquet"))))];

    private static RecordBatch ReadFile(string path)
    {
        using var reader = new ParquetSharp.Arrow.FileReader(path);
        using var stream = reader.GetRecordBatchReader();
        var batches = new List<RecordBatch>();
        while (stream.ReadNextRecordBatchAsync().AsTask().GetAwaiter().GetResult() is { } batch)
        {
            batches.Add(batch);
        }

        return Concatenate(reader.Schema, batches);
    }

    private static RecordBatch Concatenate(Schema schema, List<RecordBatch> batches)
    {
        var columns = Enumerable.Range(0, schema.FieldsList.Count)
            .Select(i => ArrowArrayConcatenator.Concatenate([.. batches.Select(b => b.Column(i))]))
            .ToList();
        return new RecordBatch(schema, columns, batches.Sum(b => b.Length));
    }

    /// <summary>True for the columns the scorer reads as dates: DATE32 in every base dataset.</summary>
    public static bool IsDate(Field field) => field.DataType.TypeId == ArrowTypeId.Date32;
}
