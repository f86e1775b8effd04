namespace FunctionalScoring.Core.Validation;

/// <summary>§7: the input tables.</summary>
public enum TableName
{
    Associations,
    Usage,
    Certifications,
    Partners,
}

/// <summary>Names as they appear in files and reports.</summary>
public static class TableNames
{
    public static string FileName(this TableName table) => table.ToString().ToLowerInvariant();

    public static string Text(this Outcome outcome) => outcome.ToString().ToLowerInvariant();
}
