using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>Everything one path's metrics read for one partner: credits at M and B, usage, names.</summary>
public sealed record PartnerFacts(RuleSet Rules, PathRules Path, EvaluationWindow Window, UsageIndex Usage, TenantDirectory Tenants, Credits AtAsOf, Credits AtBaseline)
{
    public static PartnerFacts Of(RuleSet rules, PathRules path, Dataset dataset, string partner)
    {
        var associations = dataset.AssociationsOf(partner);
        return new PartnerFacts(
            rules, path, dataset.Window, dataset.Usage, dataset.Tenants,
            Credits.Of(associations, path, dataset.Usage, dataset.Tenants, dataset.Window.AsOf),
            Credits.Of(associations, path, dataset.Usage, dataset.Tenants, dataset.Window.Baseline));
    }

    public Month AsOf => Window.AsOf;

    public Month Baseline => Window.Baseline;

    public string TenantOf(int pair) => Tenants.Name(Usage.TenantOf(pair));

    public string WorkloadOf(int pair) => Rules.Workloads.NameOf(Usage.WorkloadOf(pair));

    /// <summary>R17 for one pair in one month.</summary>
    public bool Deployed(int pair, Month month) => Rules.Parameters.IsDeployed(Usage.Pau(pair, month), Usage.Mau(pair, month));
}
