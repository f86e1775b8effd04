using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Model;

/// <summary>A checked certification row: <see cref="Certification"/> is the rule set's index of a listed certification (R12).</summary>
public sealed record CertificationHeld(string PartnerId, string PersonId, int Certification, DateOnly EarnedOn, Option<DateOnly> ExpiresOn)
{
    /// <summary>R5: held on the last day of the month.</summary>
    public bool HeldIn(Month month) => EvaluationWindow.InForce(EarnedOn, ExpiresOn, month);
}
