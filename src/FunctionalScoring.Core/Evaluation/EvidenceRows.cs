using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Time;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>
/// Turns one path's contributions into <see cref="Evidence"/> rows: the contribution as computed,
/// with ids and names attached and the usage figures its rule read.
/// </summary>
internal sealed class EvidenceRows(PartnerFacts partner, PathFacts path)
{
    private PathName Path => path.Path.Path;

    /// <summary>R10: a tenant of Q(M) or Q(B), through the link shown.</summary>
    public Evidence Customer(CustomerTenant c) =>
        Pair(Metric.NetCustomerAdds, EvidenceKind.Customer, c.Type, reported: true, c.Link, c.Month, c.Contribution);

    /// <summary>R12: a person counted once, through the listed certification shown.</summary>
    public Evidence Person(Metric metric, CertifiedPerson p) =>
        new(partner.Partner, Path, metric, EvidenceKind.Person, None, Reported: true,
            TenantId: None, Workload: None, PersonId: p.PersonId, Certification: partner.Rules.Certifications.NameOf(p.Certification),
            path.AsOf, p.Contribution,
            ClaimMonth: None, StartMonth: None, MauAtStart: None, Pau: None, Mau: None, ExcludedByR18: None, Lost: None);

    /// <summary>R15: a credited pair's growth since its start month, or a lost pair's −MAU(B).</summary>
    public Evidence Growth(AssociationType type, bool reported, PairGrowth g) =>
        Pair(
            Metric.UsageGrowth, EvidenceKind.PairGrowth, type, reported, g.Credit, g.Month, g.Contribution,
            startMonth: g.Lost ? None : Some(g.StartMonth),
            mauAtStart: g.Lost ? None : Some(g.MauAtStart),
            lost: g.Lost);

    /// <summary>R18: a deployed tenant, through the pair shown; in M, whether R18 excluded it.</summary>
    public Evidence Deployment(AssociationType type, bool reported, DeployedTenant d) =>
        Pair(
            Metric.Deployments, EvidenceKind.Deployment, type, reported, d.Pair, d.Month, d.Contribution,
            excludedByR18: d.Month == path.AsOf ? Some(d.ExcludedByR18) : None);

    /// <summary>A row about a credited pair: its tenant, workload, claim month and usage in the row's month, and the facts only some kinds have.</summary>
    private Evidence Pair(
        Metric metric,
        EvidenceKind kind,
        AssociationType type,
        bool reported,
        CreditedPair credit,
        Month month,
        long contribution,
        Option<Month> startMonth = default,
        Option<long> mauAtStart = default,
        Option<bool> excludedByR18 = default,
        Option<bool> lost = default) =>
        new(partner.Partner, Path, metric, kind, type, reported,
            TenantId: partner.Dataset.Tenants.Name(path.Usage.TenantOf(credit.Pair)),
            Workload: partner.Rules.Workloads.NameOf(path.Usage.WorkloadOf(credit.Pair)),
            PersonId: None, Certification: None,
            month, contribution,
            ClaimMonth: credit.ClaimMonth, startMonth, mauAtStart,
            Pau: path.Usage.Pau(credit.Pair, month), Mau: path.Usage.Mau(credit.Pair, month),
            excludedByR18, lost);
}
