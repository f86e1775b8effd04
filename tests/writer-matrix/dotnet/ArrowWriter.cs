using ParquetSharp;
using ParquetSharp.Arrow;

namespace FunctionalScoring.WriterMatrix;

/// <summary>Writes a dataset's tables as Arrow C++ writes them under one <see cref="ArrowSetting"/>.</summary>
public static class ArrowWriter
{
    public static void Write(IReadOnlyList<TableData> tables, ArrowSetting setting, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var table in tables)
        {
            var path = Path.Combine(folder, table.Name + ".parquet");
            using var properties = setting.Properties(table, new WriterPropertiesBuilder().Compression(Compression.Snappy)).Build();
            if (setting.Int96)
            {
                Int96Writer.Write(table, properties, path);
                continue;
            }

            var data = setting.Columns?.Invoke(table) ?? table;
            // As pyarrow writes by default: the Arrow schema stored beside the Parquet one.
            using var arrow = new ArrowWriterPropertiesBuilder().StoreSchema().Build();
            using var writer = new FileWriter(path, data.Schema, properties, arrow);
            writer.WriteRecordBatch(data.Rows);
            writer.Close();
        }
    }
}
