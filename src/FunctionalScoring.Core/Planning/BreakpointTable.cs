using FunctionalScoring.Core.Evaluation;

namespace FunctionalScoring.Core.Planning;

/// <summary>
/// R9 inverted for one threshold and maximum: for every points level in hundredths, the smallest
/// whole value earning it (<see cref="GapToQualify.SmallestValueEarning"/>). Points are
/// non-decreasing in the value, so a value earns exactly the highest level whose smallest value it
/// reaches. Depends on the rule only, never on a partner: built once per rule and shared.
/// </summary>
public sealed class BreakpointTable
{
    private readonly long[] smallest;

    private BreakpointTable(decimal threshold, decimal maxPoints, long[] smallest) =>
        (Threshold, MaxPoints, this.smallest) = (threshold, maxPoints, smallest);

    public decimal Threshold { get; }

    public decimal MaxPoints { get; }

    /// <summary>The highest level in hundredths: the maximum, rounded as R9 rounds.</summary>
    public int MaxCents => smallest.Length - 1;

    public static BreakpointTable Of(decimal threshold, decimal maxPoints)
    {
        var maxCents = (int)(Math.Round(maxPoints, 2, MidpointRounding.AwayFromZero) * 100);
        var smallest = new long[maxCents + 1];
        for (var cents = 1; cents <= maxCents; cents++)
        {
            smallest[cents] = GapToQualify.SmallestValueEarning(cents / 100m, threshold, maxPoints);
        }

        return new BreakpointTable(threshold, maxPoints, smallest);
    }

    /// <summary>The smallest whole value whose points reach <paramref name="cents"/> hundredths (1 ≤ cents ≤ <see cref="MaxCents"/>).</summary>
    public long SmallestValue(int cents) => smallest[cents];

    /// <summary>The points, in hundredths, a value earns: the highest level whose smallest value it reaches.</summary>
    public int CentsAt(long value)
    {
        int low = 0, high = MaxCents;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (smallest[mid] <= value)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}
