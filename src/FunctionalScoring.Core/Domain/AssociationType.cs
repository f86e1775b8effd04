namespace FunctionalScoring.Core.Domain;

/// <summary>§1: how a partner is linked to a tenant.</summary>
public enum AssociationType
{
    /// <summary>Cloud Solution Provider, tier 1 or 2.</summary>
    CSP,

    /// <summary>Claiming Partner of Record.</summary>
    CPOR,

    /// <summary>Digital Partner of Record.</summary>
    DPOR,
}
