using FunctionalScoring.Shell.Loading;

namespace FunctionalScoring.Generation;

/// <summary>
/// The usage table (§7), as a monthly export appends it: month by month, tenants in id order, each tenant's
/// workloads in a fixed order. Row groups therefore cover few months, and so do part files (whole months
/// each), which lets readers skip them by their DATE statistics (R29).
/// </summary>
internal static class UsageTable
{
    private const int Tenant = 0, Workload = 1, MonthColumn = 2, Pau = 3, Mau = 4;

    public static async Task<GeneratedTable> WriteAsync(Population population, string directory, CancellationToken ct)
    {
        var options = population.Options;
        var calendar = population.Calendar;
        var files = TableFiles.Usage(directory, options.PartFiles, calendar);
        await using var sink = new TableSink("usage", InputSchema.Usage, options.RowGroupSizeFor(options.NominalUsageRows));
        var defects = new DefectSchedule(Enum.GetValues<UsageDefect>().Length, options.BadRows);
        for (var month = calendar.First; month <= calendar.Last; month++)
        {
            if (files.TryGetValue(month, out var path))
            {
                await sink.StartFileAsync(path, ct);
            }

            if (month == calendar.Last)
            {
                // Inside every window, so each kind is checked and rejected (R29 ignores the others unchecked).
                defects.ForceAll();
            }

            ct.ThrowIfCancellationRequested();
            await WriteMonthAsync(population, month, sink, defects, ct);
        }

        // A last month without an eligible row (tiny datasets): the kinds still owed go on a tenant of no one.
        var fallback = new UsageRow("00000000-0000-4000-8000-000000000000", Vocabulary.Workloads[0].Spellings[0], Calendar.FirstDay(calendar.Last), 20, 5);
        for (var bits = 0UL; defects.Forcing; bits++)
        {
            await WriteAsync(sink, fallback, defects.Next(bits), bits, ct);
        }

        return await sink.CompleteAsync(ct);
    }

    private static async Task WriteMonthAsync(Population population, int month, TableSink sink, DefectSchedule defects, CancellationToken ct)
    {
        var (baseline, workloads) = (population.Calendar.Baseline, population.Options.Workloads);
        var firstDay = Calendar.FirstDay(month);
        foreach (var t in population.TenantOrder)
        {
            var tenant = population.Tenants[t];
            if (month < tenant.FirstMonth || month > tenant.LastMonth)
            {
                continue;
            }

            var adoption = UsageModel.Adoption(tenant, month, baseline);
            for (var position = 0; position < workloads; position++)
            {
                var slot = tenant.Slot(position);
                var noise = SplitMix64.Mix(tenant.Salt ^ unchecked((ulong)((month * 16) + position) * 0x9E3779B97F4A7C15UL));
                var pau = UsageModel.Pau(tenant, slot, month, baseline);
                var mau = UsageModel.Mau(pau, adoption + UsageModel.PairOffset(tenant, slot), noise);
                var row = new UsageRow(population.TenantIds[t], tenant.Spelling(position), firstDay, pau, mau);
                await WriteAsync(sink, row, defects.Next(noise, Vocabulary.Workloads[slot].Eligible), noise, ct);
            }
        }
    }

    /// <summary>Writes <paramref name="row"/>, spoilt by <paramref name="defect"/> (−1: none).</summary>
    private static async ValueTask WriteAsync(TableSink sink, UsageRow row, int defect, ulong bits, CancellationToken ct)
    {
        if (defect < 0)
        {
            await WriteAsync(sink, row, ct);
            return;
        }

        await WriteAsync(sink, Spoil(row, (UsageDefect)defect, bits), ct);
        sink.DefectiveRows++;
        if (defect == (int)UsageDefect.DuplicateKey)
        {
            // R28: every copy of a duplicated key is rejected, the clean one included.
            await WriteAsync(sink, row with { Mau = row.Mau + 1 }, ct);
            sink.DefectiveRows++;
        }
    }

    private static UsageRow Spoil(UsageRow row, UsageDefect defect, ulong noise) => defect switch
    {
        UsageDefect.NullTenant => row with { Tenant = null },
        UsageDefect.BlankTenant => row with { Tenant = " " },
        UsageDefect.NullWorkload => row with { Workload = null },
        UsageDefect.NullMonth => row with { Month = null },
        UsageDefect.NullUnits => (noise & 0x100) == 0 ? row with { Pau = null } : row with { Mau = null },
        UsageDefect.NegativeUnits => (noise & 0x100) == 0 ? row with { Pau = -1 - row.Pau } : row with { Mau = -1 - row.Mau },
        UsageDefect.MonthNotFirstDay => row with { Month = row.Month?.AddDays(14) },
        _ => row,
    };

    private static ValueTask WriteAsync(TableSink sink, UsageRow row, CancellationToken ct)
    {
        var buffer = sink.Row;
        buffer.Text(Tenant, row.Tenant);
        buffer.Text(Workload, row.Workload);
        buffer.Date(MonthColumn, row.Month);
        buffer.Integer(Pau, row.Pau);
        buffer.Integer(Mau, row.Mau);
        return sink.EndRowAsync(ct);
    }

    private readonly record struct UsageRow(string? Tenant, string? Workload, DateOnly? Month, long? Pau, long? Mau);
}
