using FunctionalScoring.Core.Rules;
using LanguageExt;
using LanguageExt.ClassInstances;

namespace FunctionalScoring.Core.History;

/// <summary>
/// R32: every partner's qualification window as of a run's month, under a rule set whose window is
/// longer than one month (<see cref="Months"/>). A run under a one-month window has none: its R22
/// <c>qualified</c> is already the answer.
/// </summary>
public sealed record QualificationWindows(int Months, Map<OrdStringOrdinal, string, WindowStatus> ByPartner)
{
    public WindowStatus Of(string partner) =>
        ByPartner.Find(partner).IfNone(() => throw new ArgumentException($"partner '{partner}' has no window status"));

    /// <summary>The windows of a run's partners; None under a rule set whose window is one month.</summary>
    public static Option<QualificationWindows> Of(RuleSet rules, Seq<(string Partner, WindowStatus Status)> partners) =>
        rules.Parameters.QualificationWindowMonths > 1
            ? new QualificationWindows(rules.Parameters.QualificationWindowMonths, Prelude.toMap<OrdStringOrdinal, string, WindowStatus>(partners))
            : Prelude.None;
}
