namespace FunctionalScoring.Generation;

/// <summary>One row of the associations table as written; a null is a null cell.</summary>
internal readonly record struct AssociationRow(string? Partner, string? Tenant, string? Workload, string? Type, DateOnly? AssociatedOn, DateOnly? EndedOn)
{
    public static void Fill(RowBuffer buffer, AssociationRow row)
    {
        buffer.Text(0, row.Partner);
        buffer.Text(1, row.Tenant);
        buffer.Text(2, row.Workload);
        buffer.Text(3, row.Type);
        buffer.Date(4, row.AssociatedOn);
        buffer.Date(5, row.EndedOn);
    }

    /// <summary>The row with one R28 defect; <paramref name="bits"/> picks among the ways to have it.</summary>
    public static AssociationRow Spoil(AssociationRow row, int defect, ulong bits)
    {
        var odd = (bits & 0x100) != 0;
        return (AssociationDefect)defect switch
        {
            AssociationDefect.NullPartner => row with { Partner = odd ? null : "" },
            AssociationDefect.BlankTenant => row with { Tenant = odd ? null : "  " },
            AssociationDefect.BlankType => row with { Type = odd ? null : " " },
            AssociationDefect.NullAssociatedOn => row with { AssociatedOn = null },
            AssociationDefect.UnknownType => row with { Type = Vocabulary.UnknownTypes[(int)((bits >> 16) % (ulong)Vocabulary.UnknownTypes.Length)] },
            AssociationDefect.EndedBeforeAssociated => row with { EndedOn = row.AssociatedOn?.AddDays(-1 - (int)((bits >> 16) % 90)) },
            _ => row,
        };
    }
}
