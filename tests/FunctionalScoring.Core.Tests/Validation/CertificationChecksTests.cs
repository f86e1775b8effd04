using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.Validation;

namespace FunctionalScoring.Core.Tests.Validation;

/// <summary>R28 on the certifications and partners tables, through the whole run.</summary>
public class CertificationChecksTests
{
    [Theory]
    [InlineData("P1", "A", "MS-700", "2020-01-01", null, Outcome.Used, RowReason.None)]
    [InlineData("P1", "A", "MS-700", "2024-01-01", "2023-01-01", Outcome.Used, RowReason.None)] // expires before earned: no error
    [InlineData("P1", "A", "AZ-900", "2020-01-01", null, Outcome.Ignored, RowReason.CertificationNotListed)]
    [InlineData(null, "A", "MS-700", "2020-01-01", null, Outcome.Rejected, RowReason.EmptyPartnerId)]
    [InlineData("P1", " ", "MS-700", "2020-01-01", null, Outcome.Rejected, RowReason.EmptyPersonId)]
    [InlineData("P1", "A", null, "2020-01-01", null, Outcome.Rejected, RowReason.EmptyCertification)]
    [InlineData("P1", "A", "\t\u00A0", "2020-01-01", null, Outcome.Rejected, RowReason.EmptyCertification)]
    [InlineData("P1", "A", "MS-700", null, null, Outcome.Rejected, RowReason.EmptyEarnedOn)]
    [InlineData("P1", "A", "AZ-900", null, null, Outcome.Rejected, RowReason.EmptyEarnedOn)] // invalid and not listed
    public void R28_each_certification_row_is_used_ignored_or_rejected_with_its_reason(string? partner, string? person, string? certification, string? earnedOn, string? expiresOn, Outcome outcome, RowReason reason)
    {
        var run = Scenario.Empty.With(Row.Certification(partner, person, certification, earnedOn, expiresOn)).Run();

        Assert.Equal([(outcome, reason, 1L)], run.Lines(TableName.Certifications));
    }

    [Fact]
    public void R28_a_certification_expiring_before_it_was_earned_is_used_but_never_held()
    {
        var run = Scenario.Empty.With(Row.Certification("P1", "A", "MS-700", "2024-01-01", "2023-01-01")).Run();

        Assert.Equal([(Outcome.Used, RowReason.None, 1L)], run.Lines(TableName.Certifications));
        Assert.Equal((0L, 0.00m), run.Metric("P1", PathName.SMB, Metric.IntermediateCertifications).Scored());
    }

    [Fact]
    public void R28_a_partners_row_with_an_empty_id_is_rejected()
    {
        var run = Scenario.Empty.With(Row.Partner("P1", "Contoso"), Row.Partner(" ", "Nobody")).Run();

        Assert.Equal([(Outcome.Used, RowReason.None, 1L), (Outcome.Rejected, RowReason.EmptyPartnerId, 1L)], run.Lines(TableName.Partners));
        Assert.Equal("Contoso", run.Partner("P1").PartnerName);
    }
}
