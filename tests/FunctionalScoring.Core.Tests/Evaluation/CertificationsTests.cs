using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Tests.Support;

namespace FunctionalScoring.Core.Tests.Evaluation;

public class CertificationsTests
{
    /// <summary>§8 example 2: A holds two listed certifications, B one, C's has expired → 2 persons → 5 points.</summary>
    [Fact]
    public void R12_two_persons_holding_intermediate_certifications_earn_five_enterprise_points()
    {
        var run = Scenario.Empty
            .With(
                Row.Certification("P1", "A", "Microsoft 365 Certified: Teams Administrator Associate", "2023-03-01"),
                Row.Certification("P1", "A", "Microsoft 365 Certified: Messaging Administrator Associate", "2024-11-20"),
                Row.Certification("P1", "B", "Microsoft 365 Fundamentals", "2022-05-10"),
                Row.Certification("P1", "C", "Microsoft 365 Fundamentals", "2021-01-01", "2024-12-31"))
            .Run();

        Assert.Equal((2L, 5.00m), run.Metric("P1", PathName.Enterprise, Metric.IntermediateCertifications).Scored());
        Assert.Equal((2L, 10.00m), run.Metric("P1", PathName.SMB, Metric.IntermediateCertifications).Scored());
    }

    [Fact]
    public void R12_a_person_with_three_listed_certifications_counts_once()
    {
        var run = Scenario.Empty
            .With(
                Row.Certification("P1", "A", "MS-700", "2023-03-01"),
                Row.Certification("P1", "A", "MS-203", "2023-03-01"),
                Row.Certification("P1", "A", "MS-900", "2023-03-01"))
            .Run();

        Assert.Equal((1L, 2.50m), run.Metric("P1", PathName.Enterprise, Metric.IntermediateCertifications).Scored());
    }

    [Fact]
    public void R12_the_same_person_may_count_in_both_metrics()
    {
        var run = Scenario.Empty
            .With(
                Row.Certification("P1", "A", "MS-700", "2023-03-01"),
                Row.Certification("P1", "A", "Microsoft 365 Certified: Enterprise Administrator Expert", "2023-03-01"))
            .Run();

        Assert.Equal((1L, 5.00m), run.Metric("P1", PathName.SMB, Metric.IntermediateCertifications).Scored());
        Assert.Equal((1L, 15.00m), run.Metric("P1", PathName.SMB, Metric.AdvancedCertifications).Scored());
    }

    [Fact]
    public void R12_a_person_is_identified_by_partner_and_person_id()
    {
        var run = Scenario.Empty
            .With(
                Row.Certification("P1", "A", "MS-700", "2023-03-01"),
                Row.Certification("P2", "A", "MS-700", "2023-03-01"),
                Row.Certification("P2", "a", "MS-700", "2023-03-01"))
            .Run();

        Assert.Equal(1L, run.Metric("P1", PathName.SMB, Metric.IntermediateCertifications).Value);
        Assert.Equal(2L, run.Metric("P2", PathName.SMB, Metric.IntermediateCertifications).Value);
    }

    [Theory]
    [InlineData("2025-06-30", null, 1)] // earned on M's last day
    [InlineData("2025-07-01", null, 0)] // earned after M
    [InlineData("2020-01-01", "2025-06-30", 0)] // expires on M's last day: no longer held
    [InlineData("2020-01-01", "2025-07-01", 1)] // expires after M
    [InlineData("2024-01-01", "2023-01-01", 0)] // expires before earned: used, never held (R28)
    public void R5_a_certification_counts_when_held_on_the_last_day_of_M(string earnedOn, string? expiresOn, long persons)
    {
        var run = Scenario.Empty.With(Row.Certification("P1", "A", "MS-700", earnedOn, expiresOn)).Run();

        Assert.Equal(persons, run.Metric("P1", PathName.SMB, Metric.IntermediateCertifications).Value);
    }
}
