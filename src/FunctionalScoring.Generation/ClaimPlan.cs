namespace FunctionalScoring.Generation;

/// <summary>
/// When a partner claimed its tenants and which it lost (R3, R4, R11): per band, about Adds × threshold
/// tenants are claimed inside the window (B, M], the others before it; weak partners lose a few inside the
/// window. Some associations ended long ago, some end after M. Usage history follows: brand-new tenants start
/// at their claim, some lost ones stop.
/// </summary>
internal static class ClaimPlan
{
    /// <summary>Default net-customer-add thresholds (R11): Enterprise 5 tenants, SMB 10.</summary>
    public static int AddsThreshold(TenantBand band) => band == TenantBand.Enterprise ? 5 : 10;

    public static void Apply(long seed, PartnerProfile partner, Span<TenantProfile> tenants, Calendar calendar)
    {
        var random = SplitMix64.For(seed, Purpose.Partner, partner.Index, 1);
        foreach (var band in (TenantBand[])[TenantBand.Enterprise, TenantBand.Smb, TenantBand.None])
        {
            var inBand = Indices(tenants, band);
            var newClaims = band == TenantBand.None
                ? (int)Math.Round(inBand.Length * 0.3)
                : Math.Min((int)Math.Round(partner.Adds * AddsThreshold(band) * random.Range(0.85, 1.15)), inBand.Length * 4 / 5);
            var lost = Math.Min(inBand.Length - newClaims, (int)Math.Round(Math.Max(0, 1.1 - partner.Adds) * 3 * random.NextDouble()));
            for (var i = 0; i < inBand.Length; i++)
            {
                ref var tenant = ref tenants[inBand[i]];
                var outcome = i < newClaims ? Claim.New : i >= inBand.Length - lost ? Claim.Lost : Claim.Kept;
                Plan(ref tenant, outcome, calendar, ref random);
            }
        }
    }

    private enum Claim
    {
        New,
        Kept,
        Lost,
    }

    private static void Plan(ref TenantProfile tenant, Claim claim, Calendar calendar, ref SplitMix64 random)
    {
        var (first, baseline, last) = (calendar.First, calendar.Baseline, calendar.Last);
        var claimMonth = claim == Claim.New ? random.Between(baseline + 1, last) : random.Between(first - 24, Math.Max(first - 24, baseline));
        tenant.ClaimedOn = Calendar.DayOf(claimMonth, ref random);
        tenant.FirstMonth = claim == Claim.New && random.Chance(0.4) ? Math.Max(first, claimMonth)
            : random.Chance(0.85) ? first
            : random.Between(first, Math.Max(first, baseline));
        tenant.LastMonth = last;
        var endMonth = claim switch
        {
            Claim.Lost => random.Between(baseline + 1, last),
            Claim.Kept when claimMonth < baseline && random.Chance(0.04) => random.Between(claimMonth + 1, baseline),
            Claim.Kept when random.Chance(0.06) => random.Between(last + 1, last + 18),
            _ => int.MaxValue,
        };
        if (endMonth == int.MaxValue)
        {
            return;
        }

        tenant.EndedOn = Calendar.DayOf(endMonth, ref random);
        if (tenant.EndedOn <= tenant.ClaimedOn)
        {
            tenant.EndedOn = tenant.ClaimedOn.AddDays(1);
        }

        // A customer who left the partner often left the product too.
        if (endMonth <= last && random.Chance(0.3))
        {
            tenant.LastMonth = Math.Max(tenant.FirstMonth, Math.Min(last, endMonth + random.Below(3)));
        }
    }

    private static int[] Indices(Span<TenantProfile> tenants, TenantBand band)
    {
        var indices = new List<int>();
        for (var i = 0; i < tenants.Length; i++)
        {
            if (tenants[i].Band == band)
            {
                indices.Add(i);
            }
        }

        return [.. indices];
    }
}
