using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>R12: a person counted once, shown through the first listed certification (rule-set order) they hold in M.</summary>
public readonly record struct CertifiedPerson(string PersonId, int Certification) : IContribution
{
    public long Contribution => 1;
}

/// <summary>R12, R13: intermediate and advanced certifications, counted in distinct persons.</summary>
public static class Certifications
{
    public static MetricScore Score(PathRules path, Metric metric, ReadOnlySpan<CertifiedPerson> persons) =>
        MetricScores.Single(path.Rule(metric), Contributions.Sum(persons));

    /// <summary>The level a certification metric counts.</summary>
    public static CertificationLevel LevelOf(Metric metric) =>
        metric == Metric.AdvancedCertifications ? CertificationLevel.Advanced : CertificationLevel.Intermediate;

    /// <summary>
    /// R5, R12: the distinct persons holding in M at least one listed certification of the level;
    /// a person with three such certifications counts once. The same on both paths.
    /// </summary>
    public static CertifiedPerson[] Persons(RuleSet rules, Seq<CertificationHeld> certifications, Month asOf, CertificationLevel level)
    {
        var held = new List<CertifiedPerson>();
        foreach (var certification in certifications)
        {
            if (rules.LevelOf(certification.Certification) == level && certification.HeldIn(asOf))
            {
                held.Add(new CertifiedPerson(certification.PersonId, certification.Certification));
            }
        }

        held.Sort(static (a, b) => string.CompareOrdinal(a.PersonId, b.PersonId) is var c and not 0 ? c : a.Certification.CompareTo(b.Certification));
        var persons = new List<CertifiedPerson>(held.Count);
        foreach (var person in held)
        {
            if (persons.Count == 0 || !string.Equals(persons[^1].PersonId, person.PersonId, StringComparison.Ordinal))
            {
                persons.Add(person);
            }
        }

        return [.. persons];
    }
}
