using FunctionalScoring.Core.Input;
using LanguageExt;

namespace FunctionalScoring.Core.WhatIf;

/// <summary>
/// The rows one partner's score can depend on: its associations, certifications and partners rows,
/// and every usage row of the tenants it (or a scenario) links to. Every check a partner's score
/// sees is row-local or keyed by tenant (R28 duplicates), so scoring the slice gives the partner
/// the same score as scoring the whole dataset, at a fraction of the work.
/// </summary>
public static class PartnerSlice
{
    public static RawDataset Of(RawDataset raw, string partner, IEnumerable<string> moreTenants)
    {
        var associations = Rows(raw.Associations.Partner, partner);
        var tenants = associations.Select(row => raw.Associations.Tenant[row]).OfType<string>().Concat(moreTenants).ToHashSet(StringComparer.Ordinal);
        var usage = Matching(raw.Usage.Tenant, tenants.Contains);
        var certifications = Rows(raw.Certifications.Partner, partner);
        var partners = Rows(raw.Partners.Partner, partner);
        var a = raw.Associations;
        var u = raw.Usage;
        var c = raw.Certifications;
        var p = raw.Partners;
        return new RawDataset(
            new RawAssociations(Take(a.Partner, associations), Take(a.Tenant, associations), Take(a.Workload, associations), Take(a.Type, associations), Take(a.AssociatedOn, associations), Take(a.EndedOn, associations), Source("associations", associations)),
            new RawUsage(Take(u.Tenant, usage), Take(u.Workload, usage), Take(u.Month, usage), Take(u.Pau, usage), Take(u.Mau, usage), Source("usage", usage)),
            new RawCertifications(Take(c.Partner, certifications), Take(c.Person, certifications), Take(c.Certification, certifications), Take(c.EarnedOn, certifications), Take(c.ExpiresOn, certifications), Source("certifications", certifications)),
            new RawPartners(Take(p.Partner, partners), Take(p.Name, partners), Source("partners", partners)));
    }

    private static int[] Rows(TextColumn partnerColumn, string partner) => Matching(partnerColumn, id => id == partner);

    /// <summary>The rows whose text is one the predicate wants: one test per dictionary value, then one array read per row.</summary>
    private static int[] Matching(TextColumn column, Func<string, bool> wanted)
    {
        var mask = column.Values.Select(wanted).ToArray();
        var rows = new List<int>();
        var codes = column.Codes;
        for (var row = 0; row < codes.Length; row++)
        {
            if (codes[row] >= 0 && mask[codes[row]])
            {
                rows.Add(row);
            }
        }

        return [.. rows];
    }

    /// <summary>The rows' texts with a dictionary of only the values they use, so the checks never walk the whole table's dictionary.</summary>
    private static TextColumn Take(TextColumn column, int[] rows)
    {
        var recode = new Dictionary<int, int>();
        var values = new List<string>();
        var codes = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var code = column.Codes[rows[i]];
            if (code < 0)
            {
                // Null, or a cell that is not a value (R28): the marker, not a text, is what the checks read.
                codes[i] = code;
                continue;
            }

            if (!recode.TryGetValue(code, out var compact))
            {
                compact = recode[code] = values.Count;
                values.Add(column.Values[code]);
            }

            codes[i] = compact;
        }

        return new TextColumn(codes, [.. values]);
    }

    private static DateColumn Take(DateColumn column, int[] rows) => new(rows.Select(r => column.DayNumbers[r]).ToArray());

    private static IntegerColumn Take(IntegerColumn column, int[] rows) => new([.. rows.Select(r => column.Values[r])], [.. rows.Select(r => column.Present[r])]);

    private static Seq<SourceSpan> Source(string table, int[] rows) => SourceSpan.Single($"slice:{table}", rows.Length);
}
