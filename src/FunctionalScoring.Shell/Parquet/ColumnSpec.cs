namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// A column the caller wants from a table. Every requested column must exist; <paramref name="MayBeEmpty"/>
/// says whether the caller accepts nulls in it (docs/rules.md §7 "may be empty"). The reader itself never refuses a
/// null: R28 rejects such rows one by one, so the flag is there for the validation that follows.
/// </summary>
public sealed record ColumnSpec(string Name, ColumnKind Kind, bool MayBeEmpty = false)
{
    public static ColumnSpec Text(string name, bool mayBeEmpty = false) => new(name, ColumnKind.Text, mayBeEmpty);

    public static ColumnSpec Integer(string name, bool mayBeEmpty = false) => new(name, ColumnKind.Integer, mayBeEmpty);

    public static ColumnSpec Date(string name, bool mayBeEmpty = false) => new(name, ColumnKind.Date, mayBeEmpty);

    /// <summary>How an error message names the types this kind accepts.</summary>
    public string ExpectedType => Kind switch
    {
        ColumnKind.Text => "BYTE_ARRAY (String)",
        ColumnKind.Integer => "INT32 or INT64",
        ColumnKind.Date => "DATE or TIMESTAMP",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };
}
