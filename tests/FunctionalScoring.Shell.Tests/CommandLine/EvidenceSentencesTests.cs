using FunctionalScoring.Cli.Views;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Time;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.CommandLine;

/// <summary><c>explain</c>'s sentences, rendered at the edge from the typed evidence fields.</summary>
public sealed class EvidenceSentencesTests
{
    private static readonly Month M = Month.Of(2025, 6);
    private static readonly Month B = Month.Of(2024, 6);

    private static readonly Evidence Pair = new(
        "P1", PathName.SMB, Metric.UsageGrowth, EvidenceKind.PairGrowth, AssociationType.CSP, Reported: true, "T1", "Teams", None, None,
        M, 250, ClaimMonth: Month.Of(2024, 10), StartMonth: None, MauAtStart: None, Pau: 200L, Mau: 400L, ExcludedByR18: None, Lost: None);

    /// <summary>A customer, a person, a grown and a lost pair, a deployment counted, excluded by R18, and in B.</summary>
    public static TheoryData<Evidence, string> Rows => new()
    {
        { Pair with { Metric = Metric.NetCustomerAdds, Kind = EvidenceKind.Customer, Contribution = 1 }, "tenant T1 (Teams) via CSP — in band in 2025-06 (PAU 200), claimed 2024-10" },
        { Pair with { Metric = Metric.AdvancedCertifications, Kind = EvidenceKind.Person, Via = None, TenantId = None, Workload = None, PersonId = "A", Certification = "Enterprise Administrator Expert", Contribution = 1, ClaimMonth = None, Pau = None, Mau = None }, "person A — holds Enterprise Administrator Expert in 2025-06" },
        { Pair with { StartMonth = Month.Of(2024, 10), MauAtStart = 150L, Lost = false }, "T1 / Teams via CSP — claimed 2024-10; MAU 150 in 2024-10 (start), 400 in 2025-06" },
        { Pair with { Month = B, Contribution = -80, Mau = 80L, Lost = true }, "T1 / Teams via CSP — credited in 2024-06 but not in the as-of month (lost): −MAU 80 of 2024-06" },
        { Pair with { Metric = Metric.Deployments, Kind = EvidenceKind.Deployment, Contribution = 1, ExcludedByR18 = false }, "tenant T1 (Teams) via CSP — deployed in 2025-06 (MAU 400 of PAU 200, 200%), claimed 2024-10" },
        { Pair with { Metric = Metric.Deployments, Kind = EvidenceKind.Deployment, Contribution = 0, Mau = 150L, ExcludedByR18 = true }, "tenant T1 (Teams) via CSP — deployed in 2025-06 (MAU 150 of PAU 200, 75%) but claimed 2024-10 inside the window already deployed: not counted (R18)" },
        { Pair with { Metric = Metric.Deployments, Kind = EvidenceKind.Deployment, Month = B, Contribution = -1, Mau = 81L }, "tenant T1 (Teams) via CSP — deployed in 2024-06 (baseline; MAU 81 of PAU 200, 40.5%), claimed 2024-10" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_kind_of_row_reads_as_a_sentence_of_its_own_figures(Evidence row, string sentence) =>
        Assert.Equal(sentence, $"{EvidenceSentences.Subject(row)} — {EvidenceSentences.Detail(row)}");
}
