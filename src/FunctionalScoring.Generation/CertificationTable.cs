using System.Globalization;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Shell.Loading;

namespace FunctionalScoring.Generation;

/// <summary>
/// The certifications table (§7), partner by partner: about Intermediate × threshold persons hold a listed
/// intermediate certification in M and about Advanced × threshold an advanced one (R12, R13), some holding
/// several (each person counts once); other persons hold expired, never-held (expiry before earning),
/// 2023-only or unlisted ones. Names are spelled as names, aliases or exam codes.
/// </summary>
internal static class CertificationTable
{
    public static async Task<GeneratedTable> WriteAsync(Population population, string directory, CancellationToken ct)
    {
        var options = population.Options;
        await using var sink = new TableSink("certifications", InputSchema.Certifications, options.RowGroupSizeFor(options.Partners * 10L));
        await sink.StartFileAsync(TableFiles.Single(directory, "certifications"), ct);
        var writer = new RowWriter<CertificationRow>(
            sink, new DefectSchedule(Enum.GetValues<CertificationDefect>().Length, options.BadRows), options.Seed, CertificationRow.Fill, CertificationRow.Spoil);
        var lastDay = new Month(population.Calendar.Last).LastDay;
        foreach (var partner in population.Partners)
        {
            ct.ThrowIfCancellationRequested();
            await PartnerAsync(writer, partner, options.Seed, population.Calendar, lastDay, ct);
        }

        await writer.EndAsync(new CertificationRow(population.Partners[0].Id, "00000000", "MS-700", new DateOnly(2020, 1, 1), null), ct);
        return await sink.CompleteAsync(ct);
    }

    /// <summary>R13 defaults: Enterprise 4 intermediate and 2 advanced persons, SMB 2 and 1.</summary>
    private static (int Intermediate, int Advanced) Thresholds(Segment segment) => segment == Segment.Smb ? (2, 1) : (4, 2);

    private static async Task PartnerAsync(RowWriter<CertificationRow> writer, PartnerProfile partner, long seed, Calendar calendar, DateOnly lastDay, CancellationToken ct)
    {
        var random = SplitMix64.For(seed, Purpose.Certification, partner.Index);
        var (intermediate, advanced) = Thresholds(partner.Segment);
        var holdsIntermediate = (int)Math.Round(partner.Intermediate * intermediate * random.Range(0.85, 1.15));
        var holdsAdvanced = (int)Math.Round(partner.Advanced * advanced * random.Range(0.85, 1.15));
        var persons = Math.Max(1, Math.Max(holdsIntermediate, holdsAdvanced) + random.Between(0, 3));
        var advancedFrom = random.Below(persons);
        for (var k = 0; k < persons; k++)
        {
            var person = string.Create(CultureInfo.InvariantCulture, $"{unchecked((uint)SplitMix64.Hash(seed, Purpose.Certification, partner.Index, k)):x8}");
            var row = new CertificationRow(partner.Id, person, null, null, null);
            var isAdvanced = (k - advancedFrom + persons) % persons < holdsAdvanced;
            if (k < holdsIntermediate)
            {
                await writer.WriteAsync(Held(row, random.Pick(Vocabulary.Intermediate), calendar, lastDay, ref random), ref random, ct);
                if (random.Chance(0.35))
                {
                    var second = random.Pick(Vocabulary.Intermediate);
                    await writer.WriteAsync(random.Chance(0.5) ? Held(row, second, calendar, lastDay, ref random) : Expired(row, second, calendar, lastDay, ref random), ref random, ct);
                }
            }

            if (isAdvanced)
            {
                await writer.WriteAsync(Held(row, Vocabulary.Advanced[0], calendar, lastDay, ref random), ref random, ct);
            }

            if ((k >= holdsIntermediate && !isAdvanced) || random.Chance(0.15))
            {
                await writer.WriteAsync(NotCounted(row, calendar, lastDay, ref random), ref random, ct);
            }
        }
    }

    /// <summary>Held in M (R5): earned by M, renewed yearly past M, or never expiring.</summary>
    private static CertificationRow Held(CertificationRow row, CertificationName name, Calendar calendar, DateOnly lastDay, ref SplitMix64 random)
    {
        var earned = Calendar.DayBetween(calendar.Last - 30, calendar.Last, ref random);
        var expires = earned.AddYears(1);
        while (expires <= lastDay)
        {
            expires = expires.AddYears(1);
        }

        return row with { Certification = random.Pick(name.Spellings, 0.6), EarnedOn = earned, ExpiresOn = name.Expires ? expires : null };
    }

    /// <summary>A listed certification that lapsed by M.</summary>
    private static CertificationRow Expired(CertificationRow row, CertificationName name, Calendar calendar, DateOnly lastDay, ref SplitMix64 random)
    {
        var earned = Calendar.DayBetween(calendar.Last - 36, calendar.Last - 13, ref random);
        var expires = earned.AddYears(1);
        name = name.Expires ? name : Vocabulary.Intermediate[3];
        return row with { Certification = random.Pick(name.Spellings, 0.6), EarnedOn = earned, ExpiresOn = expires <= lastDay ? expires : lastDay };
    }

    private static CertificationRow NeverHeld(CertificationRow row) => row with { ExpiresOn = row.EarnedOn?.AddDays(-30) };

    private static CertificationRow NotCounted(CertificationRow row, Calendar calendar, DateOnly lastDay, ref SplitMix64 random) => random.Below(4) switch
    {
        0 => Expired(row, random.Pick(Vocabulary.Intermediate), calendar, lastDay, ref random),
        // Expiry before earning: never held, and not an error (R28).
        1 => NeverHeld(Expired(row, random.Pick(Vocabulary.Advanced), calendar, lastDay, ref random)),
        2 => Held(row, random.Pick(Vocabulary.Only2023), calendar, lastDay, ref random),
        _ => Held(row, random.Pick(Vocabulary.Unlisted), calendar, lastDay, ref random),
    };
}
