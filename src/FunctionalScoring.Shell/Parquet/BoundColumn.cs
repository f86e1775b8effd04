using LanguageExt;
using Parquet.Schema;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>A requested column matched to a file's field, with the raw type it is decoded through.</summary>
internal sealed record BoundColumn(ColumnSpec Spec, DataField Field, RawType Raw, string FoundType)
{
    public bool IsNullable => Field.MaxDefinitionLevel > 0;

    /// <summary>Matches every spec to a top-level field of <paramref name="schema"/>, or says why one cannot be.</summary>
    public static Either<ParquetInputError, Seq<BoundColumn>> BindAll(string file, ParquetSchema schema, Seq<ColumnSpec> specs)
    {
        var bound = new List<BoundColumn>(specs.Count);
        foreach (var spec in specs)
        {
            var named = schema.Fields.Where(f => f.Name == spec.Name).ToList();
            if (named.Count == 0)
            {
                return ParquetInputError.MissingColumn(file, spec, schema.Fields.Select(f => f.Name));
            }

            if (named.Count > 1)
            {
                return ParquetInputError.DuplicateColumn(file, spec.Name, named.Count);
            }

            var field = named[0];

            var found = ParquetColumnType.Describe(field);
            var raw = ParquetColumnType.Classify(spec.Kind, field);
            if (raw.IsNone || field is not DataField data)
            {
                return ParquetInputError.WrongType(file, spec, found);
            }

            bound.Add(new BoundColumn(spec, data, (RawType)raw, found));
        }

        return bound.ToSeq().Strict();
    }
}
