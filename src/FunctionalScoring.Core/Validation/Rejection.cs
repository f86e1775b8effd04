namespace FunctionalScoring.Core.Validation;

/// <summary>R28: a row that could not be used, where it came from and what it held.</summary>
public sealed record Rejection(TableName Table, string SourceFile, long Row, RowReason Reason, string RawValues);
