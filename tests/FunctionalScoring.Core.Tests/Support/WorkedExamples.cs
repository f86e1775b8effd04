using static FunctionalScoring.Core.Tests.Support.TestWindow;

namespace FunctionalScoring.Core.Tests.Support;

/// <summary>Scenarios more than one test class reads: a metric's value and the evidence behind it.</summary>
public static class WorkedExamples
{
    /// <summary>§8 example 4: S1's Teams claimed via CSP in B+4 with MAU 150 then, MAU 50 in B and 400 in M.</summary>
    public static readonly Scenario ClaimInsideTheWindow = Scenario.Empty
        .With(
            Row.Usage("S1", "Teams", BDay, 200, 50),
            Row.Usage("S1", "Teams", "2024-10-01", 200, 150),
            Row.Usage("S1", "Teams", MDay, 200, 400))
        .With(Row.Association("P1", "S1", "Teams", "CSP", "2024-10-15"));

    /// <summary>R15: T1 is in band through CPOR in B with 80 users and out of band in M.</summary>
    public static readonly Scenario LostPair = Scenario.Empty
        .With(Row.Usage("T1", "Teams", BDay, 100, 80), Row.Usage("T1", "Teams", MDay, 5, 5))
        .With(Row.Association("P1", "T1", "Teams", "CPOR", LongAgo));
}
