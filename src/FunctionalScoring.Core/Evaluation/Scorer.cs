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
    public static PartnerScore ScorePartner(RuleSet rules, Dataset dataset, string partner)
    {
        var paths = rules.Paths.Map(path => ScorePath(rules, path, dataset, partner)).Strict();
        var reported = Qualification.ReportedPath(paths);
        return new PartnerScore(partner, dataset.NameOf(partner), reported, paths.Exists(p => p.Qualified), paths);
    }

    /// <summary>The five metrics of one path for one partner.</summary>
    public static PathScore ScorePath(RuleSet rules, PathRules path, Dataset dataset, string partner)
    {
        var facts = PartnerFacts.Of(rules, path, dataset, partner);
        var certifications = dataset.CertificationsOf(partner);
        var metrics = Prelude.Seq(
            NetCustomerAdds.Score(facts),
            Certifications.Score(rules, path, certifications, dataset.Window.AsOf, Metric.IntermediateCertifications),
            Certifications.Score(rules, path, certifications, dataset.Window.AsOf, Metric.AdvancedCertifications),
            UsageGrowth.Score(facts),
            Deployments.Score(facts));
        return Qualification.PathScore(rules.Parameters, path.Path, metrics);
    }
}
