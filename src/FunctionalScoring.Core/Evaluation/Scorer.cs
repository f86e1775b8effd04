using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using LanguageExt;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>The whole evaluation: every partner of a checked dataset, on every path of a rule set.</summary>
public static class Scorer
{
    /// <summary>Scores every partner (R24), in partner-id order.</summary>
    public static Seq<PartnerScore> Evaluate(RuleSet rules, Dataset dataset) =>
        dataset.PartnerIds.Map(partner => ScorePartner(rules, dataset, partner));

    /// <summary>One partner's result on both paths (R20–R23).</summary>
    public static PartnerScore ScorePartner(RuleSet rules, Dataset dataset, string partner) =>
        Score(PartnerFacts.Of(rules, dataset, partner));

    /// <summary>
    /// One partner's result and the evidence rows behind it, in output order (<see cref="PartnerEvidence"/>):
    /// the same score as <see cref="ScorePartner"/>, from the same facts.
    /// </summary>
    public static (PartnerScore Score, Seq<Evidence> Evidence) ScorePartnerWithEvidence(RuleSet rules, Dataset dataset, string partner)
    {
        var facts = PartnerFacts.Of(rules, dataset, partner);
        var score = Score(facts);
        return (score, PartnerEvidence.Of(facts, score));
    }

    private static PartnerScore Score(PartnerFacts facts)
    {
        var asOf = facts.Window.AsOf;
        var intermediate = Certifications.Persons(facts.Rules, facts.Certifications, asOf, CertificationLevel.Intermediate);
        var advanced = Certifications.Persons(facts.Rules, facts.Certifications, asOf, CertificationLevel.Advanced);
        var paths = facts.Paths.Map(path => Qualification.PathScore(facts.Rules.Parameters, path.Path.Path, Prelude.Seq(
            NetCustomerAdds.Score(path),
            Certifications.Score(path.Path, Metric.IntermediateCertifications, intermediate),
            Certifications.Score(path.Path, Metric.AdvancedCertifications, advanced),
            UsageGrowth.Score(path),
            Deployments.Score(path)))).Strict();
        var reported = Qualification.ReportedPath(paths);
        return new PartnerScore(facts.Partner, facts.Dataset.NameOf(facts.Partner), reported, paths.Exists(p => p.Qualified), paths);
    }
}
