using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>
/// Everything one partner's metrics read, computed once: the claims in force at M and at B are
/// found once and shared by both paths, which only filter them by their types and band.
/// </summary>
public sealed record PartnerFacts(RuleSet Rules, Dataset Dataset, string Partner, Seq<PathFacts> Paths, Seq<CertificationHeld> Certifications)
{
    public EvaluationWindow Window => Dataset.Window;

    public static PartnerFacts Of(RuleSet rules, Dataset dataset, string partner)
    {
        var associations = dataset.AssociationsOf(partner);
        var window = dataset.Window;
        var atAsOf = Claims.InForce(associations, dataset.Usage, window.AsOf);
        var atBaseline = Claims.InForce(associations, dataset.Usage, window.Baseline);
        var paths = rules.Paths.Map(path => new PathFacts(
            rules,
            path,
            window,
            dataset.Usage,
            Credits.Of(atAsOf, path, dataset.Usage, window.AsOf),
            Credits.Of(atBaseline, path, dataset.Usage, window.Baseline))).Strict();
        return new PartnerFacts(rules, dataset, partner, paths, dataset.CertificationsOf(partner));
    }
}

/// <summary>Everything one path's usage metrics read for one partner: S_t(M) and S_t(B) of every type, and the usage.</summary>
public sealed record PathFacts(RuleSet Rules, PathRules Path, EvaluationWindow Window, UsageIndex Usage, Credits AtAsOf, Credits AtBaseline)
{
    public Month AsOf => Window.AsOf;

    public Month Baseline => Window.Baseline;

    /// <summary>R17 for one pair in one month.</summary>
    public bool Deployed(int pair, Month month) => Rules.Parameters.IsDeployed(Usage.Pau(pair, month), Usage.Mau(pair, month));
}
