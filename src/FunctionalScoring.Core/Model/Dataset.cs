using FunctionalScoring.Core.Time;
using LanguageExt;
using LanguageExt.ClassInstances;

namespace FunctionalScoring.Core.Model;

/// <summary>
/// The checked facts a run scores: every row here has passed R28 and lies in the window (R29).
/// <see cref="PartnerIds"/> holds every partner that gets a result (R24), in ordinal order.
/// Ids are keyed ordinally: a culture-aware order is slower and can take distinct ids for equal.
/// </summary>
public sealed record Dataset(
    EvaluationWindow Window,
    Seq<string> PartnerIds,
    Map<OrdStringOrdinal, string, string> PartnerNames,
    Map<OrdStringOrdinal, string, Seq<Association>> AssociationsByPartner,
    Map<OrdStringOrdinal, string, Seq<CertificationHeld>> CertificationsByPartner,
    UsageIndex Usage,
    TenantDirectory Tenants)
{
    public Seq<Association> AssociationsOf(string partner) => AssociationsByPartner.Find(partner).IfNone(Seq<Association>.Empty);

    public Seq<CertificationHeld> CertificationsOf(string partner) => CertificationsByPartner.Find(partner).IfNone(Seq<CertificationHeld>.Empty);

    public string NameOf(string partner) => PartnerNames.Find(partner).IfNone("");
}
