using LanguageExt;

namespace FunctionalScoring.Core.Planning;

/// <summary>
/// The exact combination step of the planner: one option from each metric's front, the total gain
/// reaching the gap, at the least cost (ties: the most points). Fronts but the largest are merged
/// on gain capped at the gap (a larger gain is worth no more), keeping per capped gain only the
/// cheapest combination; the largest front is then searched, per combination, for its cheapest
/// option closing the rest. Cost: Σ |merged| × |front| + |merged| × log |largest|, with |merged| ≤ gap + 1.
/// </summary>
internal static class Knapsack
{
    private sealed record Combination(int Capped, int Gain, decimal Cost, int[] Picks);

    /// <summary>For each front, the index of the chosen option; None when even the best options fall short of the gap.</summary>
    public static Option<int[]> Cheapest(MetricOption[][] fronts, int gap)
    {
        var largest = Enumerable.Range(0, fronts.Length).MaxBy(i => fronts[i].Length);
        var merged = new[] { new Combination(0, 0, 0m, new int[fronts.Length]) };
        foreach (var i in Enumerable.Range(0, fronts.Length).Where(i => i != largest))
        {
            merged = Merge(merged, fronts[i], i, gap);
        }

        var last = fronts[largest];
        Combination? best = null;
        foreach (var combination in merged)
        {
            var pick = FirstReaching(last, gap - combination.Capped);
            if (pick < 0)
            {
                continue;
            }

            var candidate = combination with
            {
                Gain = combination.Gain + last[pick].Gain,
                Cost = combination.Cost + last[pick].Cost,
                Picks = With(combination.Picks, largest, pick),
            };
            if (best is null || candidate.Cost < best.Cost || (candidate.Cost == best.Cost && candidate.Gain > best.Gain))
            {
                best = candidate;
            }
        }

        return best is null ? Prelude.None : best.Picks;
    }

    /// <summary>Every combination with every option of the next front, keeping the cheapest per capped gain, then only the Pareto front.</summary>
    private static Combination[] Merge(Combination[] merged, MetricOption[] front, int index, int gap)
    {
        var best = new Combination?[gap + 1];
        foreach (var combination in merged)
        {
            for (var pick = 0; pick < front.Length; pick++)
            {
                var capped = Math.Min(gap, combination.Capped + front[pick].Gain);
                var cost = combination.Cost + front[pick].Cost;
                var gain = combination.Gain + front[pick].Gain;
                if (best[capped] is not { } incumbent || cost < incumbent.Cost || (cost == incumbent.Cost && gain > incumbent.Gain))
                {
                    best[capped] = new Combination(capped, gain, cost, With(combination.Picks, index, pick));
                }
            }
        }

        // Walking down from the largest gain, keep a combination only when it is cheaper than every larger one.
        var kept = new List<Combination>();
        var cheapest = decimal.MaxValue;
        for (var capped = gap; capped >= 0; capped--)
        {
            if (best[capped] is { } c && c.Cost < cheapest)
            {
                kept.Add(c);
                cheapest = c.Cost;
            }
        }

        return [.. kept];
    }

    /// <summary>The first option (by ascending gain, so the cheapest) gaining at least <paramref name="needed"/>; −1 when none does.</summary>
    private static int FirstReaching(MetricOption[] front, int needed)
    {
        int low = 0, high = front.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (front[mid].Gain >= needed)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low < front.Length ? low : -1;
    }

    private static int[] With(int[] picks, int index, int pick)
    {
        var copy = (int[])picks.Clone();
        copy[index] = pick;
        return copy;
    }
}
