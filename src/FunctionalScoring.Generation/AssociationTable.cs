using FunctionalScoring.Shell.Loading;

namespace FunctionalScoring.Generation;

/// <summary>
/// The associations table (§7), partner by partner: for each own tenant its CSP (tenant-wide), CPOR and DPOR
/// rows (tenant-wide or per workload, some naming a workload no rule set counts), in the many spellings of
/// §1; then the partner's links to tenants it shares with others. About 1% of rows appear twice (R28 accepts
/// identical rows), and defective copies carry the R28 rejects.
/// </summary>
internal static class AssociationTable
{
    public static async Task<GeneratedTable> WriteAsync(Population population, string directory, CancellationToken ct)
    {
        var options = population.Options;
        var expected = (long)(options.Tenants * 2.2);
        await using var sink = new TableSink("associations", InputSchema.Associations, options.RowGroupSizeFor(expected));
        await sink.StartFileAsync(TableFiles.Single(directory, "associations"), ct);
        var writer = new RowWriter<AssociationRow>(
            sink, new DefectSchedule(Enum.GetValues<AssociationDefect>().Length, options.BadRows), options.Seed, AssociationRow.Fill, AssociationRow.Spoil, repeatRate: 0.01);
        foreach (var partner in population.Partners)
        {
            ct.ThrowIfCancellationRequested();
            for (var t = partner.FirstTenant; t < partner.FirstTenant + partner.TenantCount; t++)
            {
                await OwnAsync(writer, population, partner.Id, t, ct);
            }

            foreach (var link in population.Secondary.Of(partner.Index))
            {
                await SharedAsync(writer, population, partner.Id, link, ct);
            }
        }

        var fallback = new AssociationRow(population.Partners[0].Id, population.TenantIds.FirstOrDefault() ?? "00000000-0000-4000-8000-000000000000", null, "CSP", new DateOnly(2020, 1, 1), null);
        await writer.EndAsync(fallback, ct);
        return await sink.CompleteAsync(ct);
    }

    private static async Task OwnAsync(RowWriter<AssociationRow> writer, Population population, string partner, int t, CancellationToken ct)
    {
        var tenant = population.Tenants[t];
        var random = SplitMix64.For(population.Options.Seed, Purpose.Association, t);
        var row = new AssociationRow(partner, population.TenantIds[t], null, null, tenant.ClaimedOn, tenant.Ended ? tenant.EndedOn : null);
        if (tenant.Links.HasFlag(Links.Csp))
        {
            await writer.WriteAsync(row with { Workload = random.Pick(Vocabulary.TenantWide, 0.7), Type = random.Pick(Vocabulary.Csp, 0.5) }, ref random, ct);
        }

        await TypeAsync(writer, row, t, LinkType.Cpor, tenant.Links.HasFlag(Links.CporTenantWide), tenant.CporPositions, population, ct);
        await TypeAsync(writer, row, t, LinkType.Dpor, tenant.Links.HasFlag(Links.DporTenantWide), tenant.DporPositions, population, ct);
    }

    private static async Task TypeAsync(
        RowWriter<AssociationRow> writer, AssociationRow row, int t, LinkType type, bool tenantWide, ushort positions, Population population, CancellationToken ct)
    {
        var (tenant, spellings) = (population.Tenants[t], Spellings(type));
        var random = SplitMix64.For(population.Options.Seed, Purpose.Association, t, 0, (long)type + 1);
        if (tenantWide)
        {
            await writer.WriteAsync(row with { Workload = random.Pick(Vocabulary.TenantWide, 0.7), Type = random.Pick(spellings, 0.7) }, ref random, ct);
        }

        var lastDay = new Core.Time.Month(population.Calendar.Last).LastDay;
        for (var position = 0; position < population.Options.Workloads; position++)
        {
            if ((positions & (1 << position)) == 0)
            {
                continue;
            }

            // Sometimes a workload was claimed after the tenant's first claim (R4 keeps the earliest in force).
            var later = row.AssociatedOn!.Value.AddDays(random.Between(20, 150));
            var claimed = random.Chance(0.1) && later <= lastDay && (row.EndedOn is not { } end || later < end) ? later : row.AssociatedOn;
            var workload = random.Chance(0.8) ? Vocabulary.Workloads[tenant.Slot(position)].Spellings[0] : tenant.Spelling(position);
            await writer.WriteAsync(row with { Workload = workload, Type = random.Pick(spellings, 0.7), AssociatedOn = claimed }, ref random, ct);
        }
    }

    private static ValueTask SharedAsync(RowWriter<AssociationRow> writer, Population population, string partner, SecondaryLink link, CancellationToken ct)
    {
        var random = SplitMix64.For(population.Options.Seed, Purpose.Association, link.Tenant, link.Partner + 1);
        var spellings = Spellings(link.Type);
        var workload = link.Position < 0 ? random.Pick(Vocabulary.TenantWide, 0.7) : population.Tenants[link.Tenant].Spelling(link.Position);
        var row = new AssociationRow(partner, population.TenantIds[link.Tenant], workload, random.Pick(spellings, 0.7), link.ClaimedOn,
            link.EndedOn == DateOnly.MaxValue ? null : link.EndedOn);
        return writer.WriteAsync(row, ref random, ct);
    }

    private static string[] Spellings(LinkType type) => type switch
    {
        LinkType.Csp => Vocabulary.Csp,
        LinkType.Cpor => Vocabulary.Cpor,
        _ => Vocabulary.Dpor,
    };
}
