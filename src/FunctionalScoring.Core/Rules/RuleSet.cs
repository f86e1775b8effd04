using FunctionalScoring.Core.Domain;
using LanguageExt;

namespace FunctionalScoring.Core.Rules;

/// <summary>
/// R25: a rule set is data. Everything that docs/rules.md leaves to a parameter or a list lives here,
/// so changing a threshold or a workload is an edit of a JSON document, not of code.
/// </summary>
public sealed record RuleSet(
    string Id,
    string Title,
    DateOnly EffectiveDate,
    NameCatalog Workloads,
    NameCatalog AssociationTypes,
    NameCatalog Certifications,
    Seq<CertificationLevel> CertificationLevels,
    Seq<PathRules> Paths,
    Parameters Parameters,
    string ContentHash)
{
    public PathRules Path(PathName name) => Paths.Find(p => p.Path == name).IfNone(() => throw new ArgumentException($"rule set {Id} has no path {name}"));

    /// <summary>R6: the canonical eligible workload a spelling names.</summary>
    public Option<int> Workload(string? spelling) => Workloads.Find(spelling);

    /// <summary>§1: CSP, CPOR or DPOR by name or alias; anything else is unknown (R28).</summary>
    public Option<AssociationType> AssociationType(string? spelling) =>
        AssociationTypes.Find(spelling).Map(i => Enum.Parse<AssociationType>(AssociationTypes.NameOf(i)));

    /// <summary>R12: the listed certification a spelling names, if any.</summary>
    public Option<int> Certification(string? spelling) => Certifications.Find(spelling);

    public CertificationLevel LevelOf(int certification) => CertificationLevels[certification];
}
