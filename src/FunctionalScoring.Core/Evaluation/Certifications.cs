using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>R12, R13: intermediate and advanced certifications, counted in distinct persons.</summary>
public static class Certifications
{
    public static MetricScore Score(RuleSet rules, PathRules path, Seq<CertificationHeld> certifications, Month asOf, Metric metric)
    {
        var level = metric == Metric.AdvancedCertifications ? CertificationLevel.Advanced : CertificationLevel.Intermediate;
        var persons = certifications
            .Filter(c => rules.LevelOf(c.Certification) == level && c.HeldIn(asOf))
            .GroupBy(c => c.PersonId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Evidence(
                EvidenceKind.Person,
                Prelude.None,
                "",
                "",
                g.Key,
                asOf.ToString(),
                1,
                "holds " + string.Join("; ", g.Select(c => rules.Certifications.NameOf(c.Certification)).Distinct().Order(StringComparer.Ordinal))))
            .ToSeq();
        return MetricScores.Single(path.Rule(metric), persons.Count, persons);
    }
}
