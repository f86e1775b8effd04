namespace FunctionalScoring.Generation;

/// <summary>Which customers a partner mostly serves, and so which path it is likely to qualify on.</summary>
internal enum Segment
{
    Enterprise,
    Smb,
    Mixed,
}

/// <summary>
/// One synthetic partner: its ids, its tenants (a contiguous range of tenant indices) and how strong it is on
/// each metric, as a multiple of the metric's threshold (1.0 earns exactly the maximum). Strengths cluster just
/// below and above 1 so that many partners land near 70 points on their segment's path.
/// </summary>
internal sealed record PartnerProfile(
    int Index,
    string Id,
    string Name,
    Segment Segment,
    int FirstTenant,
    int TenantCount,
    double Adds,
    double Intermediate,
    double Advanced,
    double Growth,
    double Deployments,
    bool Listed)
{
    /// <summary>Partner ids look like MPN ids: seven digits, a bijection of the index so they never collide.</summary>
    public static string IdOf(long seed, int index)
    {
        const long Span = 9_000_000;
        var offset = (long)(SplitMix64.Hash(seed, Purpose.Partner, -1) % Span);
        return (1_000_000 + ((index * 7_368_787L) + offset) % Span).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static PartnerProfile Draw(long seed, int index, int firstTenant, int tenantCount)
    {
        var random = SplitMix64.For(seed, Purpose.Partner, index);
        var segment = random.NextDouble() switch
        {
            < 0.35 => Segment.Enterprise,
            < 0.80 => Segment.Smb,
            _ => Segment.Mixed,
        };
        var strength = Strength(ref random);
        double Metric(ref SplitMix64 r) => Math.Max(0, strength * r.Range(0.75, 1.25));
        return new PartnerProfile(
            index,
            IdOf(seed, index),
            Vocabulary.PartnerName(ref random),
            segment,
            firstTenant,
            tenantCount,
            Adds: Metric(ref random),
            Intermediate: Metric(ref random),
            Advanced: Metric(ref random),
            Growth: Metric(ref random),
            Deployments: Metric(ref random),
            Listed: random.Chance(0.95));
    }

    /// <summary>How many tenants each partner gets: weights from 0.3 to 1.7, scaled so the total is exact.</summary>
    public static int[] TenantCounts(long seed, int partners, long tenants)
    {
        var weights = new double[partners];
        for (var p = 0; p < partners; p++)
        {
            weights[p] = 0.3 + (1.4 * SplitMix64.Unit(SplitMix64.Hash(seed, Purpose.PartnerTenants, p)));
        }

        var total = weights.Sum();
        var counts = new int[partners];
        var cumulative = 0.0;
        var assigned = 0L;
        for (var p = 0; p < partners; p++)
        {
            cumulative += weights[p];
            var upTo = p == partners - 1 ? tenants : Math.Min(tenants, (long)Math.Round(tenants * cumulative / total, MidpointRounding.AwayFromZero));
            counts[p] = (int)(upTo - assigned);
            assigned = upTo;
        }

        return counts;
    }

    // Mostly 0.4–1.15 (an average of three uniforms, so most near 0.78), with a tail of weak partners and a few strong ones.
    private static double Strength(ref SplitMix64 random) => random.NextDouble() switch
    {
        < 0.12 => random.Range(0.0, 0.4),
        < 0.95 => 0.4 + (0.75 * (random.NextDouble() + random.NextDouble() + random.NextDouble()) / 3),
        _ => random.Range(1.3, 2.0),
    };
}
