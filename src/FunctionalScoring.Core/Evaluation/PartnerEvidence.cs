using System.Runtime.InteropServices;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using LanguageExt;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>
/// The evidence rows behind one partner's scores, made only when asked for: the contributions each
/// metric sums (<see cref="IContribution"/>), computed by the very functions that score it, with
/// names and the figures the rule read attached. Every type of a per-type metric has its rows; the
/// reported type's are flagged. Scores themselves carry no evidence.
/// </summary>
public static class PartnerEvidence
{
    /// <summary>
    /// Every evidence row of one partner in output order: paths and metrics in declaration order,
    /// each metric's rows in <see cref="EvidenceOrder"/>. The rows of partners in partner-id order,
    /// one after the other, are the order of the whole evidence table.
    /// </summary>
    public static Seq<Evidence> Of(RuleSet rules, Dataset dataset, string partner) =>
        Scorer.ScorePartnerWithEvidence(rules, dataset, partner).Evidence;

    /// <summary>The rows of <paramref name="score"/>, which was scored from <paramref name="facts"/>.</summary>
    internal static Seq<Evidence> Of(PartnerFacts facts, PartnerScore score)
    {
        var asOf = facts.Window.AsOf;
        var intermediate = Certifications.Persons(facts.Rules, facts.Certifications, asOf, CertificationLevel.Intermediate);
        var advanced = Certifications.Persons(facts.Rules, facts.Certifications, asOf, CertificationLevel.Advanced);
        var rows = new List<Evidence>();
        foreach (var path in facts.Paths.OrderBy(p => p.Path.Path))
        {
            var pathScore = score.Path(path.Path.Path);
            var make = new EvidenceRows(facts, path);
            foreach (var metric in Enum.GetValues<Metric>())
            {
                var start = rows.Count;
                var via = pathScore.Metric(metric).Via;
                switch (metric)
                {
                    case Metric.NetCustomerAdds:
                        foreach (var customer in NetCustomerAdds.Customers(path))
                        {
                            rows.Add(make.Customer(customer));
                        }

                        break;
                    case Metric.IntermediateCertifications or Metric.AdvancedCertifications:
                        foreach (var person in metric == Metric.AdvancedCertifications ? advanced : intermediate)
                        {
                            rows.Add(make.Person(metric, person));
                        }

                        break;
                    case Metric.UsageGrowth:
                        foreach (var type in path.Path.AssociationTypes)
                        {
                            foreach (var growth in UsageGrowth.Pairs(path, type))
                            {
                                rows.Add(make.Growth(type, via == type, growth));
                            }
                        }

                        break;
                    case Metric.Deployments:
                        foreach (var type in path.Path.AssociationTypes)
                        {
                            foreach (var tenant in Deployments.Tenants(path, type))
                            {
                                rows.Add(make.Deployment(type, via == type, tenant));
                            }
                        }

                        break;
                }

                EvidenceOrder.Sort(CollectionsMarshal.AsSpan(rows)[start..]);
            }
        }

        return Prelude.toSeq(rows);
    }
}
