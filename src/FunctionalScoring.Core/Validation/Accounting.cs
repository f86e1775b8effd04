using LanguageExt;

namespace FunctionalScoring.Core.Validation;

/// <summary>One line of the run's accounting: how many rows of a table met one outcome for one reason.</summary>
public sealed record AccountingLine(TableName Table, Outcome Outcome, RowReason Reason, long Rows)
{
    public string ReasonText => Reason.Describe();
}

/// <summary>R28: per table, read = used + ignored + rejected, with the reasons behind each count.</summary>
public sealed record Accounting(Seq<AccountingLine> Lines)
{
    public static Accounting Of(TableName table, long[] countsByReason) =>
        new(LanguageExt.Prelude.toSeq(Enum.GetValues<RowReason>()
            .Where(r => countsByReason[(int)r] > 0)
            .Select(r => new AccountingLine(table, r.OutcomeOf(), r, countsByReason[(int)r]))));

    public static Accounting operator +(Accounting a, Accounting b) => new(a.Lines + b.Lines);

    public long Rows(TableName table, Outcome outcome) =>
        Lines.Filter(l => l.Table == table && l.Outcome == outcome).Sum(l => l.Rows);

    public long Read(TableName table) => Lines.Filter(l => l.Table == table).Sum(l => l.Rows);

    public long Rejected => Lines.Filter(l => l.Outcome == Outcome.Rejected).Sum(l => l.Rows);
}
