using FunctionalScoring.Core.Validation;

namespace FunctionalScoring.Core.Tests.Support;

/// <summary>A run's accounting (R28), one table at a time.</summary>
public static class Accounts
{
    /// <summary>The accounting lines of one table: outcome, reason and row count.</summary>
    public static (Outcome Outcome, RowReason Reason, long Rows)[] Lines(this RunResult run, TableName table) =>
        run.Accounting.Lines.Filter(l => l.Table == table).Map(l => (l.Outcome, l.Reason, l.Rows)).ToArray();

    /// <summary>Each rejected row of one table, by its position, with its reason.</summary>
    public static (long Row, RowReason Reason)[] Rejected(this RunResult run, TableName table) =>
        run.Rejections.Filter(r => r.Table == table).Map(r => (r.Row, r.Reason)).ToArray();
}
