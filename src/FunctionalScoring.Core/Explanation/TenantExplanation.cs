using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Explanation;

/// <summary>Why one tenant does or does not count for one partner on one path, in plain sentences.</summary>
public sealed record TenantPathExplanation(PathName Path, Seq<string> Eligibility, Seq<Evidence> Evidence);

/// <summary>Partner Center's customer eligibility check, for any tenant: associations, bands, claims, MAU and deployment, per path.</summary>
public sealed record TenantExplanation(string PartnerId, string TenantId, bool Known, Seq<TenantPathExplanation> Paths);

/// <summary>Builds <see cref="TenantExplanation"/>s from a checked dataset and the partner's evidence.</summary>
public static class TenantExplainer
{
    /// <summary>The eligibility of the tenant on every path, and its rows among the partner's evidence (<see cref="PartnerEvidence"/>), of every type.</summary>
    public static TenantExplanation Explain(RuleSet rules, Dataset dataset, string partner, Seq<Evidence> evidence, string tenantId) =>
        dataset.Tenants.Code(tenantId).Match(
            Some: tenant => new TenantExplanation(partner, tenantId, true, rules.Paths.Map(path => new TenantPathExplanation(
                path.Path,
                Eligibility(rules, dataset, path, partner, tenant),
                evidence.Filter(e => e.Path == path.Path && e.TenantId == tenantId)))),
            None: () => new TenantExplanation(partner, tenantId, false, Seq<TenantPathExplanation>.Empty));

    private static Seq<string> Eligibility(RuleSet rules, Dataset dataset, PathRules path, string partner, int tenant)
    {
        var associations = dataset.AssociationsOf(partner).Filter(a => a.Tenant == tenant);
        if (associations.IsEmpty)
        {
            return Prelude.Seq1($"{partner} has no used association with this tenant, so it cannot count for {partner}.");
        }

        var window = dataset.Window;
        return associations.Bind(a => Prelude.Seq(window.AsOf, window.Baseline).Bind(month => Sentences(rules, dataset, path, a, month)));
    }

    private static Seq<string> Sentences(RuleSet rules, Dataset dataset, PathRules path, Association a, Month month)
    {
        var row = $"{a.Type} association ({Scope(rules, a)}, associated {a.AssociatedOn:yyyy-MM-dd}{a.EndedOn.Match(e => $", ended {e:yyyy-MM-dd}", () => "")})";
        if (!path.AssociationTypes.Contains(a.Type))
        {
            return Prelude.Seq1($"{month}: {row} does not count for {path.Path}: the path's types are {string.Join(", ", path.AssociationTypes)}.");
        }

        if (!a.InForce(month))
        {
            return Prelude.Seq1($"{month}: {row} is not in force on {month.LastDay:yyyy-MM-dd} (R3).");
        }

        var pairs = a.Workload == Association.TenantWide
            ? dataset.Usage.PairsOf(a.Tenant).ToArray().ToSeq()
            : dataset.Usage.Pair(a.Tenant, a.Workload).ToSeq();
        if (pairs.IsEmpty)
        {
            return Prelude.Seq1($"{month}: {row} is in force, but no usage row names {Scope(rules, a)} in the window: PAU 0, not in any band (R8).");
        }

        return pairs.Map(pair =>
        {
            var pau = dataset.Usage.Pau(pair, month);
            var mau = dataset.Usage.Mau(pair, month);
            var workload = rules.Workloads.NameOf(dataset.Usage.WorkloadOf(pair));
            var band = path.Band.Contains(pau) ? $"in the {path.Path} band ({path.Band})" : $"outside the {path.Path} band ({path.Band})";
            var ratio = pau > 0 ? $"MAU/PAU {100m * mau / pau:0.#}% vs {100m * rules.Parameters.DeploymentRatio:0.#}%" : "PAU 0";
            var deployed = $"{(rules.Parameters.IsDeployed(pau, mau) ? "deployed" : "not deployed")} ({ratio}, {rules.Parameters.DeploymentComparison})";
            return $"{month}: {workload} through {row}: PAU {pau}, MAU {mau} — {band}; {deployed} (R17); claim month {a.ClaimMonth}, usage growth starts {UsageGrowth.StartMonth(a.ClaimMonth, dataset.Window)} with MAU {dataset.Usage.Mau(pair, UsageGrowth.StartMonth(a.ClaimMonth, dataset.Window))}.";
        });
    }

    private static string Scope(RuleSet rules, Association a) =>
        a.Workload == Association.TenantWide ? "tenant-wide" : rules.Workloads.NameOf(a.Workload);
}
