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

    /// <summary>
    /// R5, R12: the distinct persons holding in M at least one listed certification of the level;
    /// a person with three such certifications counts once. The same on both paths.
    /// </summary>
    public static CertifiedPerson[] Persons(RuleSet rules, Seq<CertificationHeld> certifications, Month asOf, CertificationLevel level)
    {
        var held = new CertifiedPerson[certifications.Count];
        var count = 0;
        foreach (var certification in certifications)
        {
            if (rules.LevelOf(certification.Certification) == level && certification.HeldIn(asOf))
            {
                held[count++] = new CertifiedPerson(certification.PersonId, certification.Certification);
            }
        }

        // By person, then certification: each person's first row is the one shown.
        Array.Sort(held, 0, count, PersonThenCertification.Instance);
        var persons = 0;
        for (var i = 0; i < count; i++)
        {
            if (persons == 0 || !string.Equals(held[persons - 1].PersonId, held[i].PersonId, StringComparison.Ordinal))
            {
                held[persons++] = held[i];
            }
        }

        return held[..persons];
    }

    private sealed class PersonThenCertification : IComparer<CertifiedPerson>
    {
        public static readonly PersonThenCertification Instance = new();

        public int Compare(CertifiedPerson x, CertifiedPerson y) =>
            string.CompareOrdinal(x.PersonId, y.PersonId) is var c and not 0 ? c : x.Certification.CompareTo(y.Certification);
    }
}
