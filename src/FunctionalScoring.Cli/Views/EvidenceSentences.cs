using System.Globalization;
using FunctionalScoring.Core.Results;
using LanguageExt;

namespace FunctionalScoring.Cli.Views;

/// <summary>Plain-words sentences for evidence rows, rendered from their typed fields (never stored).</summary>
public static class EvidenceSentences
{
    /// <summary>Who or what the row is about: a person, a pair, or a tenant through one of its pairs, and the type it is credited through.</summary>
    public static string Subject(Evidence e) => e.Kind switch
    {
        EvidenceKind.Person => $"person {Text(e.PersonId)}",
        EvidenceKind.PairGrowth => $"{Text(e.TenantId)} / {Text(e.Workload)}{Via(e)}",
        _ => $"tenant {Text(e.TenantId)} ({Text(e.Workload)}){Via(e)}",
    };

    /// <summary>Why the row contributes what it does, citing the figures the rule read.</summary>
    public static string Detail(Evidence e) => e.Kind switch
    {
        EvidenceKind.Customer =>
            $"in band in {e.Month} (PAU {Number(e.Pau)}), claimed {Month(e.ClaimMonth)}",
        EvidenceKind.Person =>
            $"holds {Text(e.Certification)} in {e.Month}",
        EvidenceKind.PairGrowth when e.Lost == Prelude.Some(true) =>
            $"credited in {e.Month} but not in the as-of month (lost): −MAU {Number(e.Mau)} of {e.Month}",
        EvidenceKind.PairGrowth =>
            $"claimed {Month(e.ClaimMonth)}; MAU {Number(e.MauAtStart)} in {Month(e.StartMonth)} (start), {Number(e.Mau)} in {e.Month}",
        EvidenceKind.Deployment when e.ExcludedByR18 == Prelude.Some(true) =>
            $"deployed in {e.Month} ({Share(e)}) but claimed {Month(e.ClaimMonth)} inside the window already deployed: not counted (R18)",
        EvidenceKind.Deployment when e.ExcludedByR18.IsNone =>
            $"deployed in {e.Month} (baseline; {Share(e)}), claimed {Month(e.ClaimMonth)}",
        _ =>
            $"deployed in {e.Month} ({Share(e)}), claimed {Month(e.ClaimMonth)}",
    };

    private static string Via(Evidence e) => e.Via.Match(t => $" via {t}", () => "");

    private static string Share(Evidence e) =>
        $"MAU {Number(e.Mau)} of PAU {Number(e.Pau)}{e.ActiveShare.Match(s => ", " + (100m * s).ToString("0.#", CultureInfo.InvariantCulture) + "%", () => "")}";

    private static string Text(Option<string> text) => text.IfNone("—");

    private static string Number(Option<long> number) => number.Match(n => n.ToString(CultureInfo.InvariantCulture), () => "—");

    private static string Month(Option<Core.Time.Month> month) => month.Match(m => m.ToString(), () => "—");
}
