namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// The rows of one row group, column by column in schema order, as the Parquet writer takes them:
/// <c>string?[]</c> for <see cref="OutputType.String"/>, <c>long?[]</c> for <see cref="OutputType.Int64"/>,
/// <c>DateOnly?[]</c> for <see cref="OutputType.Date"/>, <c>bool?[]</c> for <see cref="OutputType.Boolean"/>,
/// <c>double?[]</c> for <see cref="OutputType.Double"/> and <c>decimal?[]</c> for <see cref="OutputType.Decimal92"/>, one value per row.
/// </summary>
/// <remarks>Columns are asked for one at a time, so a source need hold only one column's array at once.</remarks>
public interface IRowGroupValues
{
    /// <summary>The values of column <paramref name="index"/> of the schema, one per row of the group.</summary>
    Array Column(int index);
}
