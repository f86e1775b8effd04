namespace FunctionalScoring.Core.Validation;

/// <summary>A reason a run cannot start, as a value (the shell prints it).</summary>
public sealed record RunError(string Message)
{
    /// <summary>R2: no as-of month was given and the usage table has no month that is a first day.</summary>
    public static RunError NoAsOfMonth() =>
        new("cannot tell the as-of month: the usage table has no month that is the first day of a month; pass --as-of YYYY-MM");

    public override string ToString() => Message;
}
