using System.Globalization;

namespace FunctionalScoring.Generation;

/// <summary>
/// Everything the tables are written from, held in memory: one profile per partner and per tenant (tens of
/// bytes each, so 200,000 tenants take a few tens of MB). Rows are never held: they are computed from here.
/// </summary>
internal sealed class Population
{
    private Population(GeneratorOptions options, PartnerProfile[] partners, TenantProfile[] tenants, string[] tenantIds, int[] tenantOrder, SecondaryLinks secondary)
    {
        Options = options;
        Calendar = Calendar.Of(options);
        Partners = partners;
        Tenants = tenants;
        TenantIds = tenantIds;
        TenantOrder = tenantOrder;
        Secondary = secondary;
    }

    public GeneratorOptions Options { get; }

    public Calendar Calendar { get; }

    public PartnerProfile[] Partners { get; }

    public TenantProfile[] Tenants { get; }

    /// <summary>Tenant ids, GUIDs as exports print them.</summary>
    public string[] TenantIds { get; }

    /// <summary>Tenant indices in tenant-id order: the order of a month's usage rows.</summary>
    public int[] TenantOrder { get; }

    public SecondaryLinks Secondary { get; }

    public static Population Draw(GeneratorOptions options)
    {
        var seed = options.Seed;
        var calendar = Calendar.Of(options);
        var counts = PartnerProfile.TenantCounts(seed, options.Partners, options.Tenants);
        var partners = new PartnerProfile[options.Partners];
        var tenants = new TenantProfile[options.Tenants];
        var first = 0;
        for (var p = 0; p < partners.Length; p++)
        {
            var partner = partners[p] = PartnerProfile.Draw(seed, p, first, counts[p]);
            for (var t = first; t < first + counts[p]; t++)
            {
                tenants[t] = TenantProfile.Draw(seed, t, p, partner.Segment, options.Workloads);
            }

            var own = tenants.AsSpan(first, counts[p]);
            ClaimPlan.Apply(seed, partner, own, calendar);
            AdoptionPlan.Apply(seed, partner, own, calendar, options.Workloads);
            first += counts[p];
        }

        var ids = new string[tenants.Length];
        for (var t = 0; t < ids.Length; t++)
        {
            ids[t] = Guid(SplitMix64.Hash(seed, Purpose.TenantId, t), SplitMix64.Hash(seed, Purpose.TenantId, t, 1));
        }

        var order = Enumerable.Range(0, ids.Length).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(ids[a], ids[b]));
        return new Population(options, partners, tenants, ids, order, SecondaryLinks.Draw(seed, tenants, partners.Length, options.Workloads, calendar));
    }

    /// <summary>A version-4 GUID in its usual lower-case text form.</summary>
    private static string Guid(ulong high, ulong low)
    {
        var version = (high & 0xFFFFFFFFFFFF0FFFUL) | 0x4000UL;
        var variant = (low & 0x3FFFFFFFFFFFFFFFUL) | 0x8000000000000000UL;
        return string.Create(CultureInfo.InvariantCulture, $"{version >> 32:x8}-{(version >> 16) & 0xFFFF:x4}-{version & 0xFFFF:x4}-{variant >> 48:x4}-{variant & 0xFFFFFFFFFFFFUL:x12}");
    }
}
