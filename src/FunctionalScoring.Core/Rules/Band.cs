namespace FunctionalScoring.Core.Rules;

/// <summary>R7: a PAU range, lower bound exclusive and upper bound inclusive (SMB is 10 &lt; PAU ≤ 300).</summary>
public sealed record Band(long AboveExclusive, LanguageExt.Option<long> UpToInclusive)
{
    // Read once per credited pair and month: a pattern, not a Match lambda, so no closure is allocated.
    public bool Contains(long pau) =>
        pau > AboveExclusive && (UpToInclusive.Case is not long max || pau <= max);

    /// <summary>Whether some PAU lies in both bands.</summary>
    public bool Overlaps(Band other) =>
        Math.Max(AboveExclusive, other.AboveExclusive) < Math.Min(UpToInclusive.IfNone(long.MaxValue), other.UpToInclusive.IfNone(long.MaxValue));

    public override string ToString() =>
        UpToInclusive.Match(max => $"{AboveExclusive} < PAU ≤ {max}", () => $"PAU > {AboveExclusive}");
}
