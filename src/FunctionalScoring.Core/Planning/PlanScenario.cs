using System.Globalization;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.WhatIf;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Planning;

/// <summary>
/// A plan written as a what-if scenario of hypothetical tenants and persons, each built to move
/// exactly one metric by exactly its units, so <c>simulate</c> reproduces the plan's points:
/// <list type="bullet">
/// <item>net new tenant: in band in M only (no usage at B), claimed in M with 0 users: +1 customer (R11), no growth, not deployed;</item>
/// <item>certified person: holds the rule set's first certification of the level from M on (R12);</item>
/// <item>usage growth: tenants claimed at B, in band at B and M, 0 users at B and at most 40 % of PAU in M:
///   in Q(B) and Q(M) (no net add), never deployed, + their users of growth through the type (R15);</item>
/// <item>deployment: a tenant claimed at B, in band at B and M with the same users, deployed in M only: +1 deployment
///   through the type (R18, R19), growth 0, no net add.</item>
/// </list>
/// When a rule set's band is too narrow for such a tenant, the tenant earns the unit with a side
/// effect that can only add points (a deployment or growth more), never take any away.
/// </summary>
public static class PlanScenario
{
    public static Scenario Of(PathPlan plan, RuleSet rules, Month asOf)
    {
        var path = rules.Path(plan.Path);
        var window = new EvaluationWindow(asOf);
        var workload = rules.Workloads.NameOf(0);
        var prefix = $"PLAN-{plan.Path}";
        var tenants = plan.Additions.Bind(step => (Seq<TenantAddition>)(step.Metric switch
        {
            Metric.NetCustomerAdds => Range(step.Units).Map(k => NewCustomer($"{prefix}-NEW{k}", workload, path.AssociationTypes.Head, path.Band, window)),
            Metric.UsageGrowth => Growth($"{prefix}-USE", workload, step.Via.IfNone(path.AssociationTypes.Head), step.Units, path.Band, rules.Parameters, window),
            Metric.Deployments => Range(step.Units).Map(k => Deployment($"{prefix}-DEP{k}", workload, step.Via.IfNone(path.AssociationTypes.Head), path.Band, rules.Parameters, window)),
            _ => Empty,
        }));
        var persons = plan.Additions.Bind(step => (Seq<PersonAddition>)(step.Metric switch
        {
            Metric.IntermediateCertifications => Persons($"{prefix}-INT", step.Units, FirstCertification(rules, CertificationLevel.Intermediate)),
            Metric.AdvancedCertifications => Persons($"{prefix}-ADV", step.Units, FirstCertification(rules, CertificationLevel.Advanced)),
            _ => Empty,
        }));
        return Scenario.Empty with
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"plan for {plan.Path}: cost {plan.Cost:0.##}, total {plan.TotalBefore:0.00} → {plan.TotalAfter:0.00}"),
            AddTenants = tenants,
            AddPersons = persons,
        };
    }

    /// <summary>The scenario taking back what a scenario added: its tenants (every row) and its persons' certifications.</summary>
    public static Scenario Removal(Scenario additions) => Scenario.Empty with
    {
        Description = "undo: " + additions.Description,
        RemoveTenants = additions.AddTenants.Map(t => new TenantRemoval(t.TenantId)),
        RemovePersons = additions.AddPersons.Map(p => new PersonRemoval(p.PersonId, p.Certifications)),
    };

    private static TenantAddition NewCustomer(string id, string workload, AssociationType type, Band band, EvaluationWindow window) =>
        new(id, workload, type.ToString(), band.AboveExclusive + 1, 0, window.AsOf.FirstDay, None, None, None, None);

    /// <summary>Users spread over as few tenants as the band allows without any of them being deployed (R17).</summary>
    private static Seq<TenantAddition> Growth(string prefix, string workload, AssociationType type, long users, Band band, Parameters parameters, EvaluationWindow window)
    {
        var pau = band.UpToInclusive.IfNone(() => Math.Max(band.AboveExclusive + 1, (long)Math.Ceiling(users / parameters.DeploymentRatio) + 1));
        var perTenant = LargestUndeployed(pau, parameters);
        var share = perTenant > 0 ? perTenant : users;
        var count = (users + share - 1) / share;
        return Range(count).Map(k => new TenantAddition(
            $"{prefix}{k}", workload, type.ToString(), pau, Math.Min(share, users - (k - 1) * share), window.Baseline.FirstDay, None, None, pau, 0L));
    }

    /// <summary>Deployed in M at the band's smallest PAU with the fewest users; at B the same users under a larger PAU are not deployed.</summary>
    private static TenantAddition Deployment(string id, string workload, AssociationType type, Band band, Parameters parameters, EvaluationWindow window)
    {
        var pau = band.AboveExclusive + 1;
        var users = SmallestDeployed(pau, parameters);
        var baselinePau = Math.Max(pau, (long)Math.Ceiling(users / parameters.DeploymentRatio));
        while (parameters.IsDeployed(baselinePau, users))
        {
            baselinePau++;
        }

        var (atB, usersAtB) = band.Contains(baselinePau) ? (baselinePau, users) : (pau, 0L);
        return new TenantAddition(id, workload, type.ToString(), pau, users, window.Baseline.FirstDay, None, None, atB, usersAtB);
    }

    private static long SmallestDeployed(long pau, Parameters parameters)
    {
        var users = Math.Max(0L, (long)Math.Floor(parameters.DeploymentRatio * pau));
        while (!parameters.IsDeployed(pau, users))
        {
            users++;
        }

        while (users > 0 && parameters.IsDeployed(pau, users - 1))
        {
            users--;
        }

        return users;
    }

    private static long LargestUndeployed(long pau, Parameters parameters) => SmallestDeployed(pau, parameters) - 1;

    private static Seq<PersonAddition> Persons(string prefix, long count, string certification) =>
        Range(count).Map(k => new PersonAddition($"{prefix}{k}", Seq1(certification), None, None));

    private static string FirstCertification(RuleSet rules, CertificationLevel level) =>
        rules.Certifications.Entries.Select((entry, i) => (entry, i)).First(x => rules.LevelOf(x.i) == level).entry.Name;

    private static Seq<long> Range(long count) => toSeq(Enumerable.Range(1, (int)count).Select(k => (long)k));
}
