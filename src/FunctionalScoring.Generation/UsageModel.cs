namespace FunctionalScoring.Generation;

/// <summary>
/// PAU and MAU of one tenant, workload and month: pure functions of the tenant's profile, so any row can be
/// computed on its own, in any order, and the planner can predict what the rows will say.
/// </summary>
internal static class UsageModel
{
    /// <summary>R17's ratio: the model puts some pairs exactly on it.</summary>
    private const double DeploymentRatio = 0.4;

    /// <summary>Paid seats of a workload in a month: the tenant's seats, trending, times the workload's share.</summary>
    public static long Pau(in TenantProfile tenant, int slot, int month, int baseline)
    {
        if (tenant.FixedPau)
        {
            return tenant.BasePau;
        }

        var seats = tenant.BasePau * Math.Max(0.3, 1 + (tenant.SeatTrend * (month - baseline)));
        return (long)Math.Round(seats * Vocabulary.Workloads[slot].SeatShare, MidpointRounding.AwayFromZero);
    }

    /// <summary>The tenant's adoption trajectory, kept within what real tenants show.</summary>
    public static double Adoption(in TenantProfile tenant, int month, int baseline) =>
        Math.Clamp(tenant.AdoptionAtBaseline + (tenant.Slope * (month - baseline)), 0.02, 0.95);

    /// <summary>A workload's lasting offset from the tenant's adoption, within ±0.03.</summary>
    public static double PairOffset(in TenantProfile tenant, int slot) =>
        tenant.FixedPau ? 0 : (SplitMix64.Unit(SplitMix64.Mix(tenant.Salt ^ (ulong)(slot + 1))) - 0.5) * 0.06;

    /// <summary>
    /// Active users: PAU × adoption, with ±1% month-to-month noise from <paramref name="noise"/> (a row's hash).
    /// Near 40% with a PAU divisible by 5 the value sits exactly on 40% (R17's boundary); about one row in
    /// 2,000 has more active users than paid seats, which real exports show and R28 accepts.
    /// </summary>
    public static long Mau(long pau, double adoption, ulong noise)
    {
        if (pau <= 0)
        {
            return 0;
        }

        if ((noise & 0x7FF) == 0)
        {
            return pau + 1 + (long)((noise >> 11) % 5);
        }

        if (pau % 5 == 0 && Math.Abs(adoption - DeploymentRatio) < 0.012)
        {
            return pau / 5 * 2;
        }

        var jitter = (SplitMix64.Unit(noise) - 0.5) * 0.02;
        return (long)Math.Round(pau * Math.Clamp(adoption + jitter, 0, 0.98), MidpointRounding.AwayFromZero);
    }

    /// <summary>MAU as the planner expects it, without the month-to-month noise.</summary>
    public static long ExpectedMau(in TenantProfile tenant, int slot, int month, int baseline)
    {
        var pau = Pau(tenant, slot, month, baseline);
        return (long)Math.Round(pau * Math.Clamp(Adoption(tenant, month, baseline) + PairOffset(tenant, slot), 0, 0.98), MidpointRounding.AwayFromZero);
    }
}
