using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Core.WhatIf;
using Facts = FunctionalScoring.Core.Tests.Support.Scenario;

namespace FunctionalScoring.Core.Tests.WhatIf;

/// <summary>A partner's slice scores the partner as the whole dataset does.</summary>
public sealed class PartnerSliceTests
{
    /// <summary>
    /// R28: a cell that is not valid UTF-8 is a rejected row, never a crash; the slice keeps the
    /// marker, so the partner's row is rejected in the slice exactly as in the whole dataset.
    /// </summary>
    [Fact]
    public void A_partners_row_with_an_unreadable_cell_is_rejected_in_the_slice_as_in_the_whole_dataset()
    {
        var raw = Facts.Empty
            .With(Row.Association("P1", "T1", "Teams", "CPOR", TestWindow.LongAgo), Row.Association("P1", "T2", "Teams", "CPOR", TestWindow.LongAgo))
            .With(Row.Association("P2", "T3", "Teams", "CPOR", TestWindow.LongAgo))
            .With(Row.Usage("T1", "Teams", TestWindow.BDay, 400, 100), Row.Usage("T1", "Teams", TestWindow.MDay, 400, 300))
            .Raw;
        var tenants = raw.Associations.Tenant;
        var unreadable = raw with { Associations = raw.Associations with { Tenant = tenants with { Codes = [tenants.Codes[0], TextColumn.Invalid, tenants.Codes[2]] } } };

        var whole = Scoring.Run(TestRuleSets.Default, unreadable, TestWindow.M).IfLeft(e => throw new InvalidOperationException(e.Message));
        var slice = Scoring.Run(TestRuleSets.Default, PartnerSlice.Of(unreadable, "P1", []), TestWindow.M).IfLeft(e => throw new InvalidOperationException(e.Message));

        Assert.Equal(whole.Partners.Find(p => p.PartnerId == "P1"), slice.Partners.Find(p => p.PartnerId == "P1"));
        Assert.Equal(1, slice.Rejections.Count(r => r.Table == TableName.Associations));
    }

    /// <summary>An unreadable partner id or usage tenant id belongs to no partner: the slice leaves its row out, and the partner scores as in the whole dataset.</summary>
    [Fact]
    public void Rows_whose_partner_or_tenant_id_is_unreadable_are_left_out_of_every_slice()
    {
        var raw = Facts.Empty
            .With(Row.Association("P1", "T1", "Teams", "CPOR", TestWindow.LongAgo), Row.Association("P2", "T1", "Teams", "CPOR", TestWindow.LongAgo))
            .With(Row.Usage("T1", "Teams", TestWindow.BDay, 400, 100), Row.Usage("T1", "Teams", TestWindow.MDay, 400, 300), Row.Usage("T2", "Teams", TestWindow.MDay, 9, 9))
            .Raw;
        var (partners, tenants) = (raw.Associations.Partner, raw.Usage.Tenant);
        var unreadable = raw with
        {
            Associations = raw.Associations with { Partner = partners with { Codes = [partners.Codes[0], TextColumn.Invalid] } },
            Usage = raw.Usage with { Tenant = tenants with { Codes = [tenants.Codes[0], tenants.Codes[1], TextColumn.Invalid] } },
        };

        var whole = Scoring.Run(TestRuleSets.Default, unreadable, TestWindow.M).IfLeft(e => throw new InvalidOperationException(e.Message));
        var slice = PartnerSlice.Of(unreadable, "P1", []);
        var sliced = Scoring.Run(TestRuleSets.Default, slice, TestWindow.M).IfLeft(e => throw new InvalidOperationException(e.Message));

        Assert.Equal((1, 2), (slice.Associations.Count, slice.Usage.Count));
        Assert.Equal(whole.Partners.Find(p => p.PartnerId == "P1"), sliced.Partners.Find(p => p.PartnerId == "P1"));
    }
}
