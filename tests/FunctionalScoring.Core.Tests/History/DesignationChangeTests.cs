using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.History;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Tests.History;

/// <summary>Who gained or lost the designation into the as-of month: R22's <c>qualified</c>, and under a window R32's.</summary>
public sealed class DesignationChangeTests
{
    private static readonly Month June = Month.Of(2025, 6);

    /// <summary>Each string is a partner's qualification (R22) month by month, 2024-12 … 2025-06, oldest first.</summary>
    [Theory]
    //          months      W   gained  lost   gained in window  lost in window  listed
    [InlineData("0000001", 1, true, false, false, false, true)]
    [InlineData("0000010", 1, false, true, false, false, true)]
    [InlineData("0000011", 1, false, false, false, false, false)]
    [InlineData("0000010", 3, false, true, false, false, true)]
    [InlineData("0100000", 3, false, false, false, false, false)]
    [InlineData("0010000", 3, false, false, false, false, false)]
    [InlineData("0001000", 3, false, false, false, true, true)]
    [InlineData("0000001", 3, true, false, true, false, true)]
    [InlineData("0001001", 3, true, false, false, false, true)]
    public void A_partner_is_listed_when_its_designation_moves_into_the_as_of_month(string months, int window, bool gained, bool lost, bool gainedInWindow, bool lostInWindow, bool listed)
    {
        var change = DesignationChange.Of(History(months), June, window);

        Assert.Equal(
            listed ? (gained, lost, gainedInWindow, lostInWindow) : (false, false, false, false),
            change.Match(c => (c.Gained, c.Lost, c.GainedInWindow, c.LostInWindow), () => (false, false, false, false)));
        Assert.Equal(listed, change.IsSome);
    }

    [Fact]
    public void Without_the_months_the_window_of_the_month_before_needs_nothing_is_claimed()
    {
        var history = History("0001000").Skip(3).ToSeq();

        Assert.Equal((true, true), (DesignationChange.Of(history, June, 1).IsNone, DesignationChange.Of(history, June, 3).IsSome));
        Assert.True(DesignationChange.Of(history, June, 4).IsNone);
    }

    private static Seq<PartnerMonth> History(string months) =>
        months.Select((q, i) => new PartnerMonth("P1", June.AddMonths(i - months.Length + 1), PathName.SMB, q == '1', Seq<PathMonth>.Empty)).ToSeq();
}
