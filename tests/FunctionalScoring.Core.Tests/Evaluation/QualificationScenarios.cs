using FunctionalScoring.Core.Tests.Support;
using static FunctionalScoring.Core.Tests.Support.TestWindow;

namespace FunctionalScoring.Core.Tests.Evaluation;

/// <summary>
/// SMB datasets for §8 example 7. P1 always has 10 new customers (20 points), two intermediate
/// persons (10) and one advanced person (15); usage growth and deployments make up the rest.
/// Tenants N01–N10 are in band (PAU 300) in M only, so their growth is their MAU in M (R15).
/// </summary>
internal static class QualificationScenarios
{
    /// <summary>20 + 10 + 15 + 30 + 0 = 75: 500 users of growth through CPOR, nobody above 40%.</summary>
    public static Scenario SeventyFiveWithDeploymentsAtZero() => Base(n => 50);

    /// <summary>20 + 10 + 15 + 15 + 10 = 70.00: N01 and N02 deployed with 125 users each (250 users → 15).</summary>
    public static Scenario ExactlySeventy() => Base(n => n <= 2 ? 125 : 0);

    /// <summary>
    /// 20 + 10 + 15 + 14.99 + 10 = 69.99: CPOR grows 242 users (14.52) and deploys N01, N02 (10); C1
    /// through CSP grows 999 users (14.985 → 14.99), which wins usage growth.
    /// </summary>
    public static Scenario SixtyNineNinetyNine() =>
        Base(n => n <= 2 ? 121 : 0)
            .With(Row.Usage("C1", "Teams", MDay, 300, 999))
            .With(Row.Association("P1", "C1", null, "CSP", LongAgo));

    private static Scenario Base(Func<int, long> mauInM)
    {
        var scenario = Scenario.Empty
            .With(
                Row.Certification("P1", "A", "MS-700", "2023-01-01"),
                Row.Certification("P1", "B", "MS-203", "2023-01-01"),
                Row.Certification("P1", "C", "Microsoft 365 Certified: Enterprise Administrator Expert", "2023-01-01"));
        for (var n = 1; n <= 10; n++)
        {
            var tenant = $"N{n:D2}";
            scenario = scenario
                .With(Row.Usage(tenant, "Teams", MDay, 300, mauInM(n)), Row.Usage(tenant, "Teams", BDay, 5, 0))
                .With(Row.Association("P1", tenant, "Teams", "CPOR", LongAgo));
        }

        return scenario;
    }
}
