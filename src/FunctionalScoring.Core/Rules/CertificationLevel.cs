namespace FunctionalScoring.Core.Rules;

/// <summary>R12: which certification metric a listed certification feeds.</summary>
public enum CertificationLevel
{
    Intermediate,
    Advanced,
}
