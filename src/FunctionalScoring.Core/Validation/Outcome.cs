namespace FunctionalScoring.Core.Validation;

/// <summary>R28: every input row ends up in exactly one of these.</summary>
public enum Outcome
{
    Used,
    Ignored,
    Rejected,
}
