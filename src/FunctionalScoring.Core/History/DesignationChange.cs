using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.History;

/// <summary>
/// A partner whose designation moved from the month before to the as-of month: R22's
/// <c>qualified</c> on both sides and, under a qualification window longer than one month, R32's
/// window status on both sides (None under a one-month window, where the two say the same).
/// </summary>
public sealed record DesignationChange(PartnerMonth Before, PartnerMonth After, Option<(WindowStatus Before, WindowStatus After)> Window)
{
    public string PartnerId => After.PartnerId;

    public bool Gained => !Before.Qualified && After.Qualified;

    public bool Lost => Before.Qualified && !After.Qualified;

    /// <summary>R32: qualified in the window now, not the month before.</summary>
    public bool GainedInWindow => Window.Exists(w => !w.Before.QualifiedInWindow && w.After.QualifiedInWindow);

    /// <summary>R32: the window ran out: qualified in it the month before, not now.</summary>
    public bool LostInWindow => Window.Exists(w => w.Before.QualifiedInWindow && !w.After.QualifiedInWindow);

    /// <summary>
    /// The partner's move into <paramref name="asOf"/>; None when nothing moved, or when the history
    /// lacks the month before (or, under a window of W &gt; 1 months, the W months before it: the
    /// window the month before reaches back to asOf − W).
    /// </summary>
    public static Option<DesignationChange> Of(Seq<PartnerMonth> history, Month asOf, int windowMonths)
    {
        var before = history.Find(m => m.AsOf == asOf.AddMonths(-1));
        var after = history.Find(m => m.AsOf == asOf);
        var complete = windowMonths <= 1 || history.Exists(m => m.AsOf == asOf.AddMonths(-windowMonths));
        var window = windowMonths > 1 && complete
            ? Prelude.Some((WindowStatus.Of(history, asOf.AddMonths(-1), windowMonths), WindowStatus.Of(history, asOf, windowMonths)))
            : Prelude.None;
        return from b in before
               from a in after
               where complete
               let change = new DesignationChange(b, a, window)
               where change.Gained || change.Lost || change.GainedInWindow || change.LostInWindow
               select change;
    }
}
