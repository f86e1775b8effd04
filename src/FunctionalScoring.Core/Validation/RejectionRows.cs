using System.Globalization;
using FunctionalScoring.Core.Input;
using LanguageExt;

namespace FunctionalScoring.Core.Validation;

/// <summary>R28: the rejected rows of a table, each with its file, row and raw values.</summary>
internal static class RejectionRows
{
    public static Seq<Rejection> Of(TableName table, RowReason[] reasons, Seq<SourceSpan> sources, Func<int, string> rawValues)
    {
        var rejected = new List<Rejection>();
        for (var row = 0; row < reasons.Length; row++)
        {
            if (reasons[row].OutcomeOf() == Outcome.Rejected)
            {
                var (file, fileRow) = sources.Locate(row);
                rejected.Add(new Rejection(table, file, fileRow, reasons[row], rawValues(row)));
            }
        }

        return rejected.ToSeq();
    }

    /// <summary>A row's values as <c>column=value</c> pairs; nulls shown as ∅ so they differ from an empty string.</summary>
    public static string Raw(params (string Column, object? Value)[] values) =>
        string.Join(", ", values.Select(v => $"{v.Column}={Show(v.Value)}"));

    private static string Show(object? value) => value switch
    {
        null => "∅",
        string s => $"\"{Visible(s)}\"",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Control characters and non-breaking spaces made visible, so a blank-looking id shows what it holds.</summary>
    private static string Visible(string text) =>
        string.Concat(text.Select(c => c switch
        {
            '\t' => "\\t",
            '\n' => "\\n",
            '\r' => "\\r",
            '\u00A0' => "\\u00A0",
            _ when char.IsControl(c) => $"\\u{(int)c:X4}",
            _ => c.ToString(),
        }));

    public static long[] CountByReason(RowReason[] reasons, long skippedOutsideWindow = 0)
    {
        var counts = new long[Enum.GetValues<RowReason>().Length];
        foreach (var reason in reasons)
        {
            counts[(int)reason]++;
        }

        counts[(int)RowReason.OutsideWindow] += skippedOutsideWindow;
        return counts;
    }
}
