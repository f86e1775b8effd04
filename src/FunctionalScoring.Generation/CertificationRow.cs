namespace FunctionalScoring.Generation;

/// <summary>One row of the certifications table as written; a null is a null cell.</summary>
internal readonly record struct CertificationRow(string? Partner, string? Person, string? Certification, DateOnly? EarnedOn, DateOnly? ExpiresOn)
{
    public static void Fill(RowBuffer buffer, CertificationRow row)
    {
        buffer.Text(0, row.Partner);
        buffer.Text(1, row.Person);
        buffer.Text(2, row.Certification);
        buffer.Date(3, row.EarnedOn);
        buffer.Date(4, row.ExpiresOn);
    }

    /// <summary>The row with one R28 defect; <paramref name="bits"/> picks among the ways to have it.</summary>
    public static CertificationRow Spoil(CertificationRow row, int defect, ulong bits)
    {
        var odd = (bits & 0x100) != 0;
        return (CertificationDefect)defect switch
        {
            CertificationDefect.NullPartner => row with { Partner = odd ? null : " " },
            CertificationDefect.BlankPerson => row with { Person = odd ? null : "" },
            CertificationDefect.NullCertification => row with { Certification = odd ? null : "\t" },
            CertificationDefect.NullEarnedOn => row with { EarnedOn = null },
            _ => row,
        };
    }
}
