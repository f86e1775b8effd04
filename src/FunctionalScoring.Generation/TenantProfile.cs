namespace FunctionalScoring.Generation;

/// <summary>The path band a tenant's seat count puts it in (R7), for planning; single workloads may differ.</summary>
internal enum TenantBand : byte
{
    None,
    Smb,
    Enterprise,
}

/// <summary>The associations a tenant's primary partner holds on it, besides per-workload masks.</summary>
[Flags]
internal enum Links : byte
{
    None = 0,
    Csp = 1,
    CporTenantWide = 2,
    DporTenantWide = 4,
}

/// <summary>
/// One synthetic tenant: its seats, workloads, its primary partner's associations and the adoption trajectory
/// its usage rows follow. Workload positions 0..W-1 index <see cref="Slots"/> (4 bits each, a
/// <see cref="Vocabulary.Workloads"/> index) and <see cref="Spellings"/> (2 bits each).
/// </summary>
internal struct TenantProfile
{
    public int Partner;
    public TenantBand Band;

    /// <summary>Seats; an edge tenant (<see cref="FixedPau"/>) has exactly this PAU in every workload and month.</summary>
    public int BasePau;
    public bool FixedPau;

    /// <summary>Relative seat growth per month, around the baseline month.</summary>
    public double SeatTrend;

    /// <summary>Month indices of the first and last usage rows.</summary>
    public int FirstMonth;
    public int LastMonth;

    public DateOnly ClaimedOn;

    /// <summary><see cref="DateOnly.MaxValue"/>: never ended.</summary>
    public DateOnly EndedOn;

    /// <summary>Adoption (MAU / PAU) at the baseline month and its change per month.</summary>
    public double AdoptionAtBaseline;
    public double Slope;

    public ulong Slots;
    public uint Spellings;
    public Links Links;
    public ushort CporPositions;
    public ushort DporPositions;

    /// <summary>Seeds the per-workload and per-row draws of this tenant.</summary>
    public ulong Salt;

    public readonly int Slot(int position) => (int)((Slots >> (4 * position)) & 0xF);

    public readonly string Spelling(int position) =>
        Vocabulary.Workloads[Slot(position)].Spellings[(Spellings >> (2 * position)) & 0x3];

    public readonly bool Ended => EndedOn != DateOnly.MaxValue;

    /// <summary>Draws the tenant's own traits; the partner's plan (claims, endings, adoption) comes later.</summary>
    public static TenantProfile Draw(long seed, int index, int partner, Segment segment, int workloads)
    {
        var random = SplitMix64.For(seed, Purpose.Tenant, index);
        var tenant = new TenantProfile { Partner = partner, Salt = SplitMix64.Hash(seed, Purpose.Pair, index), EndedOn = DateOnly.MaxValue };
        DrawSeats(ref tenant, ref random, segment);
        DrawWorkloads(ref tenant, ref random, workloads);
        DrawLinks(ref tenant, ref random, workloads);
        return tenant;
    }

    private static void DrawSeats(ref TenantProfile tenant, ref SplitMix64 random, Segment segment)
    {
        var (enterprise, smb) = segment switch
        {
            Segment.Enterprise => (0.70, 0.20),
            Segment.Smb => (0.08, 0.72),
            _ => (0.40, 0.45),
        };
        var u = random.NextDouble();
        if (random.Chance(0.05))
        {
            // R7's edges: 10 is in no band, 11 and 300 are SMB, 301 is Enterprise.
            tenant.BasePau = random.Pick<int>([10, 11, 300, 301]);
            tenant.FixedPau = true;
            tenant.Band = tenant.BasePau switch { 10 => TenantBand.None, 301 => TenantBand.Enterprise, _ => TenantBand.Smb };
            return;
        }

        (tenant.BasePau, tenant.Band) = random.NextDouble() switch
        {
            var x when x < enterprise => (320 + (int)(7_680 * u * u * u), TenantBand.Enterprise),
            var x when x < enterprise + smb => (12 + (int)(278 * u * u), TenantBand.Smb),
            _ => (1 + (int)(10 * u), TenantBand.None),
        };
        tenant.SeatTrend = random.Range(-0.004, 0.012);
    }

    private static void DrawWorkloads(ref TenantProfile tenant, ref SplitMix64 random, int workloads)
    {
        // Popular workloads first: each slot's rank plus noise, the lowest W keys win, kept in slot order.
        var keys = new (double Key, int Slot)[Vocabulary.Workloads.Length];
        for (var slot = 0; slot < keys.Length; slot++)
        {
            keys[slot] = (slot + random.Range(0, 7), slot);
        }

        var chosen = keys.OrderBy(k => k.Key).Take(workloads).Select(k => k.Slot).Order().ToArray();
        for (var position = 0; position < chosen.Length; position++)
        {
            var names = Vocabulary.Workloads[chosen[position]];
            var spelling = names.Spellings.Length == 1 || random.Chance(names.CanonicalShare) ? 0 : 1 + random.Below(names.Spellings.Length - 1);
            tenant.Slots |= (ulong)chosen[position] << (4 * position);
            tenant.Spellings |= (uint)spelling << (2 * position);
        }
    }

    private static void DrawLinks(ref TenantProfile tenant, ref SplitMix64 random, int workloads)
    {
        var (csp, cpor, cporMax, dpor) = tenant.Band switch
        {
            TenantBand.Enterprise => (0.35, 0.88, 3, 0.30),
            TenantBand.Smb => (0.88, 0.35, 2, 0.05),
            _ => (0.85, 0.10, 1, 0.0),
        };
        tenant.Links = random.Chance(csp) ? Links.Csp : Links.None;
        if (random.Chance(cpor))
        {
            tenant.Links |= random.Chance(0.12) ? Links.CporTenantWide : Links.None;
            tenant.CporPositions = tenant.Links.HasFlag(Links.CporTenantWide) ? (ushort)0 : Positions(ref random, workloads, random.Between(1, cporMax));
        }

        if (random.Chance(dpor))
        {
            tenant.Links |= random.Chance(0.4) ? Links.DporTenantWide : Links.None;
            tenant.DporPositions = tenant.Links.HasFlag(Links.DporTenantWide) ? (ushort)0 : Positions(ref random, workloads, 1);
        }

        if (tenant.Links == Links.None && tenant.CporPositions == 0 && tenant.DporPositions == 0)
        {
            tenant.Links = Links.Csp;
        }
    }

    private static ushort Positions(ref SplitMix64 random, int workloads, int count)
    {
        var mask = 0;
        for (var i = 0; i < Math.Min(count, workloads); i++)
        {
            mask |= 1 << random.Below(workloads);
        }

        return (ushort)mask;
    }
}
