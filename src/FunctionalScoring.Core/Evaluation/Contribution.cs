namespace FunctionalScoring.Core.Evaluation;

/// <summary>
/// One typed part of a metric's value: a counted tenant, person or pair and what it adds. Each
/// metric computes its contributions once, by one function; its value is their sum, and its
/// evidence rows are the same contributions with names attached (<see cref="PartnerEvidence"/>).
/// </summary>
public interface IContribution
{
    long Contribution { get; }
}

/// <summary>Sums of contributions.</summary>
public static class Contributions
{
    /// <summary>A metric's value: the sum of its contributions.</summary>
    public static long Sum<T>(ReadOnlySpan<T> contributions)
        where T : IContribution
    {
        var sum = 0L;
        foreach (var contribution in contributions)
        {
            sum += contribution.Contribution;
        }

        return sum;
    }
}
