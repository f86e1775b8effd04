using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.WhatIf;

/// <summary>
/// Whom and when a scenario is about: the partner its facts belong to, the rule set its names are
/// matched with (R6, R12) and the as-of month M its default dates and the window (B, M] follow from.
/// </summary>
public sealed record ScenarioTarget(string PartnerId, RuleSet Rules, Month AsOf)
{
    public EvaluationWindow Window => new(AsOf);

    /// <summary>R6: the same workload by name or alias; names the rule set does not list compare by their key.</summary>
    public bool SameWorkload(string? a, string? b) => Same(Rules.Workload(a), Rules.Workload(b), a, b);

    /// <summary>§1: the same association type by name or alias.</summary>
    public bool SameType(string? a, string? b) => Same(Rules.AssociationType(a).Map(t => (int)t), Rules.AssociationType(b).Map(t => (int)t), a, b);

    /// <summary>R12: the same certification by name, code or alias.</summary>
    public bool SameCertification(string? a, string? b) => Same(Rules.Certification(a), Rules.Certification(b), a, b);

    private static bool Same(LanguageExt.Option<int> x, LanguageExt.Option<int> y, string? a, string? b) =>
        x.IsSome || y.IsSome
            ? x == y
            : a is not null && b is not null && Names.Key(a) == Names.Key(b);
}
