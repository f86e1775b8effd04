namespace FunctionalScoring.Core.RuleDiff;

/// <summary>
/// One rule that differs between two rule sets, named by its place in the rule-set document
/// (<c>paths[SMB].metrics.usageGrowth.thresholds.CSP</c>), with its value in each; an empty side
/// means the entry does not exist there.
/// </summary>
public sealed record RuleChange(string Rule, string Before, string After)
{
    public bool IsAddition => Before.Length == 0;

    public bool IsRemoval => After.Length == 0;

    public override string ToString() => $"{Rule}: {(IsAddition ? "(none)" : Before)} → {(IsRemoval ? "(none)" : After)}";
}
