using FunctionalScoring.Core.Time;

namespace FunctionalScoring.Generation;

/// <summary>
/// The planner's forecast of what the scorer will credit through a tenant's main association type (R3, R7,
/// R8, R15), from the noiseless model. It only steers the generator; the scorer is the judge.
/// </summary>
internal static class Credits
{
    /// <summary>Enterprise tenants are planned through CPOR, SMB ones through CSP.</summary>
    public static bool MainType(in TenantProfile tenant) => tenant.Band switch
    {
        TenantBand.Enterprise => tenant.Links.HasFlag(Links.CporTenantWide) || tenant.CporPositions != 0,
        TenantBand.Smb => tenant.Links.HasFlag(Links.Csp),
        _ => false,
    };

    public static int ClaimMonth(in TenantProfile tenant) => Month.Of(tenant.ClaimedOn).Index;

    /// <summary>R3: in force on the last day of the month.</summary>
    public static bool InForce(in TenantProfile tenant, int month)
    {
        var last = new Month(month).LastDay;
        return tenant.ClaimedOn <= last && tenant.EndedOn > last;
    }

    /// <summary>Whether the main association counts at B or M at all, and whether it is lost by M.</summary>
    public static bool InForce(in TenantProfile tenant, int baseline, int last, out bool lost)
    {
        var (atBaseline, atLast) = (InForce(tenant, baseline), InForce(tenant, last));
        lost = atBaseline && !atLast;
        return atBaseline || atLast;
    }

    /// <summary>R15: Σ MAU(M) − MAU(start) over the main type's pairs in band, or −MAU(B) for a lost tenant.</summary>
    public static double Growth(in TenantProfile tenant, int workloads, int start, Calendar calendar, bool lost)
    {
        var total = 0.0;
        var covers = tenant.Band == TenantBand.Smb || tenant.Links.HasFlag(Links.CporTenantWide) ? ushort.MaxValue : tenant.CporPositions;
        for (var position = 0; position < workloads; position++)
        {
            var slot = tenant.Slot(position);
            if ((covers & (1 << position)) == 0 || !Vocabulary.Workloads[slot].Eligible)
            {
                continue;
            }

            var at = lost ? calendar.Baseline : calendar.Last;
            if (InBand(tenant.Band, UsageModel.Pau(tenant, slot, at, calendar.Baseline)))
            {
                total += lost
                    ? -UsageModel.ExpectedMau(tenant, slot, at, calendar.Baseline)
                    : UsageModel.ExpectedMau(tenant, slot, at, calendar.Baseline) - UsageModel.ExpectedMau(tenant, slot, start, calendar.Baseline);
            }
        }

        return total;
    }

    /// <summary>R7's default bands.</summary>
    public static bool InBand(TenantBand band, long pau) => band switch
    {
        TenantBand.Enterprise => pau > 300,
        TenantBand.Smb => pau is > 10 and <= 300,
        _ => false,
    };
}
