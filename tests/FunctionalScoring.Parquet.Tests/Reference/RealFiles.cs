using Parquet.Schema;

namespace FunctionalScoring.Parquet.Tests.Reference;

/// <summary>The vendored apache/parquet-testing files (see parquet-testing/README.md) and what the component makes of each column.</summary>
public static class RealFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "parquet-testing");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    /// <summary>The target a column's meaning is read into; null for what the component does not read.</summary>
    public static Target? TargetOf(ValueMeaning meaning) => meaning switch
    {
        ValueMeaning.Integer => Target.Integers,
        ValueMeaning.Date or ValueMeaning.Timestamp => Target.Dates,
        ValueMeaning.Text => Target.Text,
        _ => null,
    };

    /// <summary>Every column of a file with its index (the leaf order, as Arrow numbers columns), field and meaning.</summary>
    public static IEnumerable<(int Index, DataField Field, ValueMeaning Meaning)> Columns(byte[] file) =>
        Component.Fields(file).Select((field, index) => (index, field, ParquetNetChunks.Meaning(field.SchemaElement!)));
}
