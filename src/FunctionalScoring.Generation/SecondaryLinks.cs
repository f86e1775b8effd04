namespace FunctionalScoring.Generation;

/// <summary>The association types of §1.</summary>
internal enum LinkType : byte
{
    Csp,
    Cpor,
    Dpor,
}

/// <summary>
/// A partner's association on a tenant whose primary partner is another one: tenants shared by several
/// partners (R8 counts them fully for each). <see cref="Position"/> −1 is tenant-wide.
/// </summary>
internal readonly record struct SecondaryLink(int Tenant, int Partner, LinkType Type, int Position, DateOnly ClaimedOn, DateOnly EndedOn);

/// <summary>About 8% of tenants have a second partner, 1.5% a third; grouped by partner for streaming.</summary>
internal sealed class SecondaryLinks
{
    private readonly SecondaryLink[] links;
    private readonly int[] start;

    private SecondaryLinks(SecondaryLink[] links, int[] start) => (this.links, this.start) = (links, start);

    public int Count => links.Length;

    /// <summary>The links of one partner, by tenant.</summary>
    public ArraySegment<SecondaryLink> Of(int partner) => new(links, start[partner], start[partner + 1] - start[partner]);

    public static SecondaryLinks Draw(long seed, TenantProfile[] tenants, int partners, int workloads, Calendar calendar)
    {
        var drawn = new List<SecondaryLink>();
        for (var t = 0; t < tenants.Length && partners > 1; t++)
        {
            var random = SplitMix64.For(seed, Purpose.Secondary, t);
            if (tenants[t].Band == TenantBand.None)
            {
                continue;
            }

            var others = random.Chance(0.08) ? random.Chance(0.2) ? 2 : 1 : 0;
            for (var k = 0; k < Math.Min(others, partners - 1); k++)
            {
                var partner = random.Below(partners - 1);
                partner = partner >= tenants[t].Partner ? partner + 1 : partner;
                var type = tenants[t].Band == TenantBand.Enterprise
                    ? random.Chance(0.6) ? LinkType.Dpor : LinkType.Cpor
                    : random.Chance(0.6) ? LinkType.Cpor : LinkType.Csp;
                var position = type == LinkType.Csp || random.Chance(0.3) ? -1 : random.Below(workloads);
                var claimed = Calendar.DayBetween(calendar.First - 12, calendar.Last, ref random);
                var ended = random.Chance(0.1) ? claimed.AddDays(random.Between(30, 500)) : DateOnly.MaxValue;
                drawn.Add(new SecondaryLink(t, partner, type, position, claimed, ended));
            }
        }

        var sorted = drawn.OrderBy(l => l.Partner).ThenBy(l => l.Tenant).ToArray();
        var start = new int[partners + 1];
        foreach (var link in sorted)
        {
            start[link.Partner + 1]++;
        }

        for (var p = 0; p < partners; p++)
        {
            start[p + 1] += start[p];
        }

        return new SecondaryLinks(sorted, start);
    }
}
