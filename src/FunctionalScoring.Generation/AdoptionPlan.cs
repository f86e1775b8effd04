namespace FunctionalScoring.Generation;

/// <summary>
/// Adoption trajectories that put a partner's usage growth (R15) and deployments (R19) near its strengths:
/// per band, through the band's main type (Enterprise: CPOR, SMB: CSP), about Deployments × threshold tenants
/// cross 40% after their claim; every other tenant is either well deployed or far from it, and drifts by a
/// common slope chosen so the growth of the main type's pairs lands near Growth × threshold.
/// </summary>
internal static class AdoptionPlan
{
    private const double Probe = 0.001;

    public static void Apply(long seed, PartnerProfile partner, Span<TenantProfile> tenants, Calendar calendar, int workloads)
    {
        var random = SplitMix64.For(seed, Purpose.Partner, partner.Index, 2);
        var weights = new double[tenants.Length];
        for (var i = 0; i < tenants.Length; i++)
        {
            ref var tenant = ref tenants[i];
            tenant.AdoptionAtBaseline = random.Chance(0.45) ? random.Range(0.5, 0.85) : random.Range(0.06, 0.3);
            tenant.Slope = random.Range(-0.005, 0.01);
            weights[i] = random.Range(0.5, 1.5);
        }

        Calibrate(TenantBand.Enterprise, partner, tenants, weights, calendar, workloads, ref random);
        Calibrate(TenantBand.Smb, partner, tenants, weights, calendar, workloads, ref random);
    }

    /// <summary>R19 and R16 defaults: Enterprise CPOR 5 tenants / 1,000 users, SMB CSP 10 tenants / 2,000 users.</summary>
    private static (int Deployments, int Growth) Thresholds(TenantBand band) => band == TenantBand.Enterprise ? (5, 1_000) : (10, 2_000);

    private static void Calibrate(
        TenantBand band, PartnerProfile partner, Span<TenantProfile> tenants, double[] weights, Calendar calendar, int workloads, ref SplitMix64 random)
    {
        var (deployments, growth) = Thresholds(band);
        var crossers = (int)Math.Round(partner.Deployments * deployments * random.Range(0.85, 1.15));
        var target = partner.Growth * growth * random.Range(0.85, 1.15);
        var (fixedGrowth, perSlope) = (0.0, 0.0);
        var drifting = new bool[tenants.Length];
        for (var i = 0; i < tenants.Length; i++)
        {
            ref var tenant = ref tenants[i];
            if (tenant.Band != band || !Credits.MainType(tenant) || !Credits.InForce(tenant, calendar.Baseline, calendar.Last, out var lost))
            {
                continue;
            }

            var start = Math.Max(calendar.Baseline, Credits.ClaimMonth(tenant));
            if (!lost && crossers > 0 && start < calendar.Last)
            {
                crossers--;
                Cross(ref tenant, start, calendar, ref random);
                fixedGrowth += Credits.Growth(tenant, workloads, start, calendar, lost);
                continue;
            }

            // Growth is about linear in the slope: measure it flat and with a small probe slope.
            tenant.Slope = 0;
            var flat = Credits.Growth(tenant, workloads, start, calendar, lost);
            tenant.Slope = Probe * weights[i];
            drifting[i] = true;
            perSlope += lost ? 0 : (Credits.Growth(tenant, workloads, start, calendar, lost) - flat) / Probe;
            fixedGrowth += flat;
        }

        var slope = perSlope > 0 ? Math.Clamp((target - fixedGrowth) / perSlope, -0.03, 0.03) : 0;
        for (var i = 0; i < tenants.Length; i++)
        {
            if (drifting[i])
            {
                tenants[i].Slope = slope * weights[i];
            }
        }
    }

    /// <summary>Below 40% when credited from <paramref name="start"/> on, above it by M.</summary>
    private static void Cross(ref TenantProfile tenant, int start, Calendar calendar, ref SplitMix64 random)
    {
        var (from, to) = (random.Range(0.26, 0.36), random.Range(0.44, 0.62));
        tenant.Slope = (to - from) / (calendar.Last - start);
        tenant.AdoptionAtBaseline = from - (tenant.Slope * (start - calendar.Baseline));
    }
}
