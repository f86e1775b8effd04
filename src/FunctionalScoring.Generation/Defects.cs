namespace FunctionalScoring.Generation;

/// <summary>R28 rejects planted in the usage table; each replaces a good row, except the duplicate, which repeats one.</summary>
internal enum UsageDefect
{
    NullTenant,
    BlankTenant,
    NullWorkload,
    NullMonth,
    NullUnits,
    NegativeUnits,
    MonthNotFirstDay,
    DuplicateKey,
}

/// <summary>R28 rejects planted in the associations table, as defective copies of good rows.</summary>
internal enum AssociationDefect
{
    NullPartner,
    BlankTenant,
    BlankType,
    NullAssociatedOn,
    UnknownType,
    EndedBeforeAssociated,
}

/// <summary>R28 rejects planted in the certifications table, as defective copies of good rows.</summary>
internal enum CertificationDefect
{
    NullPartner,
    BlankPerson,
    NullCertification,
    NullEarnedOn,
}

/// <summary>
/// Decides which rows carry a defect: about one eligible row in <see cref="Rate"/>⁻¹ (from the row's own hash, so
/// the choice never depends on other rows), kinds taken in turn; and, once <see cref="ForceAll"/> is called, the
/// next rows get one defect of every kind, so each kind is present however small the table.
/// </summary>
internal sealed class DefectSchedule(int kinds, bool enabled)
{
    public const double Rate = 0.001;

    private int next;
    private int forced;

    /// <summary>The next <c>kinds</c> eligible rows get kinds 0, 1, … in order.</summary>
    public void ForceAll() => forced = enabled ? kinds : 0;

    public bool Forcing => forced > 0;

    /// <summary>The defect of a row (−1: none) from <paramref name="bits"/>, a hash of the row.</summary>
    public int Next(ulong bits, bool eligible = true)
    {
        if (!enabled || !eligible)
        {
            return -1;
        }

        if (forced > 0)
        {
            return kinds - forced--;
        }

        return SplitMix64.Unit(SplitMix64.Mix(bits)) < Rate ? next++ % kinds : -1;
    }
}
