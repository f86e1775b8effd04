using LanguageExt;
using Parquet.Schema;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// A requested column matched to a file's field (<see cref="Field"/>, decoded as <see cref="Raw"/>), or, when the
/// file lacks it, to the Hive partition its folders name (<see cref="Partition"/>: one value for every row).
/// </summary>
internal sealed record BoundColumn(ColumnSpec Spec, DataField? Field, RawType Raw, string FoundType, PartitionValue? Partition = null)
{
    public const string PartitionType = "partition folder";

    /// <summary>Matches every spec to a top-level field of <paramref name="schema"/> or a partition of the part, or says why one cannot be.</summary>
    public static Either<ParquetInputError, Seq<BoundColumn>> BindAll(SourcePart part, ParquetSchema schema, Seq<ColumnSpec> specs)
    {
        var bound = new List<BoundColumn>(specs.Count);
        foreach (var spec in specs)
        {
            var named = schema.Fields.Where(f => f.Name == spec.Name).ToList();
            if (named.Count == 0 && part.Partition(spec.Name).Case is PartitionValue partition)
            {
                var typed = Typed(spec, partition);
                if (typed.IsSome)
                {
                    return ParquetInputError.BadPartitionValue(part.Name, spec.Name, typed.IfNone(""));
                }

                bound.Add(new BoundColumn(spec, null, RawType.Utf8, PartitionType, partition));
                continue;
            }

            if (named.Count == 0)
            {
                return ParquetInputError.MissingColumn(part.Name, spec, schema.Fields.Select(f => f.Name));
            }

            if (named.Count > 1)
            {
                return ParquetInputError.DuplicateColumn(part.Name, spec.Name, named.Count);
            }

            var field = named[0];
            var found = ParquetColumnType.Describe(field);
            var raw = ParquetColumnType.Classify(spec.Kind, field);
            if (raw.IsNone || field is not DataField data)
            {
                return ParquetInputError.WrongType(part.Name, spec, found);
            }

            bound.Add(new BoundColumn(spec, data, (RawType)raw, found));
        }

        return bound.ToSeq().Strict();
    }

    /// <summary>§7 types a partition value as the column wants it; the problem, if it cannot be.</summary>
    private static Option<string> Typed(ColumnSpec spec, PartitionValue partition) => spec.Kind switch
    {
        ColumnKind.Date => partition.Day().Match(_ => Option<string>.None, problem => problem),
        ColumnKind.Integer => partition.Integer().Match(_ => Option<string>.None, problem => problem),
        _ => Option<string>.None,
    };
}
