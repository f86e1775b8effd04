using FunctionalScoring.Shell.Loading;

namespace FunctionalScoring.Generation;

/// <summary>One row of the partners table as written; a null is a null cell.</summary>
internal readonly record struct PartnerRow(string? Partner, string? Name)
{
    public static void Fill(RowBuffer buffer, PartnerRow row)
    {
        buffer.Text(0, row.Partner);
        buffer.Text(1, row.Name);
    }

    /// <summary>R28's only reject of this table: an empty partner_id.</summary>
    public static PartnerRow Spoil(PartnerRow row, int defect, ulong bits) => row with { Partner = (bits & 0x100) == 0 ? null : " " };
}

/// <summary>
/// The optional partners table (§7): most partners with their names (a few are missing, so R24 names them
/// from nowhere), and about 2% more partners with no data at all, who still get a result (R24).
/// </summary>
internal static class PartnerTable
{
    public static async Task<GeneratedTable> WriteAsync(Population population, string directory, CancellationToken ct)
    {
        var (options, partners) = (population.Options, population.Partners);
        var idle = Math.Max(1, partners.Length / 50);
        await using var sink = new TableSink("partners", InputSchema.Partners, options.RowGroupSizeFor(partners.Length + idle));
        await sink.StartFileAsync(TableFiles.Single(directory, "partners"), ct);
        var writer = new RowWriter<PartnerRow>(sink, new DefectSchedule(1, options.BadRows), options.Seed, PartnerRow.Fill, PartnerRow.Spoil);
        foreach (var partner in partners.Where(p => p.Listed))
        {
            var random = SplitMix64.For(options.Seed, Purpose.PartnerRow, partner.Index);
            await writer.WriteAsync(new PartnerRow(partner.Id, partner.Name), ref random, ct);
        }

        for (var i = 0; i < idle; i++)
        {
            var random = SplitMix64.For(options.Seed, Purpose.PartnerRow, partners.Length + i);
            await writer.WriteAsync(new PartnerRow(PartnerProfile.IdOf(options.Seed, partners.Length + i), Vocabulary.PartnerName(ref random)), ref random, ct);
        }

        await writer.EndAsync(new PartnerRow(partners[0].Id, partners[0].Name), ct);
        return await sink.CompleteAsync(ct);
    }
}
