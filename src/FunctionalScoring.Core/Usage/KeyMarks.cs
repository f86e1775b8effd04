namespace FunctionalScoring.Core.Usage;

/// <summary>
/// R28's duplicate rule needs to know, for every usage key (tenant, eligible workload, month), whether
/// it was seen and whether its first copy was clean. Two bits a key, in one slab per month over the
/// dense tenant codes of the reader: a compact mark, not the rows.
/// </summary>
internal sealed class KeyMarks(int workloads)
{
    public const byte Unseen = 0;
    public const byte SeenClean = 1;
    public const byte SeenInvalid = 2;
    public const byte Repeated = 3;

    private const int KeysPerWord = 32;
    private ulong[]?[] slabs = [];
    private int firstMonth;
    private int tenantCapacity = 1024;

    /// <summary>Records one copy of a key; returns the key's state before it.</summary>
    public byte Mark(int tenant, int workload, int month, bool clean)
    {
        var slab = SlabFor(month, tenant);
        var key = (tenant * workloads) + workload;
        ref var word = ref slab[key / KeysPerWord];
        var shift = (key % KeysPerWord) * 2;
        var before = (byte)((word >> shift) & 3);
        var after = before == Unseen ? (clean ? SeenClean : SeenInvalid) : Repeated;
        word = (word & ~(3UL << shift)) | ((ulong)after << shift);
        return before;
    }

    private ulong[] SlabFor(int month, int tenant)
    {
        if (tenant >= tenantCapacity)
        {
            GrowTenants(tenant);
        }

        if (slabs.Length == 0)
        {
            firstMonth = month;
        }

        if (month < firstMonth)
        {
            var shifted = new ulong[]?[slabs.Length + (firstMonth - month)];
            Array.Copy(slabs, 0, shifted, firstMonth - month, slabs.Length);
            (slabs, firstMonth) = (shifted, month);
        }
        else if (month - firstMonth >= slabs.Length)
        {
            Array.Resize(ref slabs, month - firstMonth + 1);
        }

        return slabs[month - firstMonth] ??= new ulong[WordsFor(tenantCapacity)];
    }

    private void GrowTenants(int tenant)
    {
        while (tenantCapacity <= tenant)
        {
            tenantCapacity *= 2;
        }

        for (var i = 0; i < slabs.Length; i++)
        {
            if (slabs[i] is { } slab)
            {
                Array.Resize(ref slab, WordsFor(tenantCapacity));
                slabs[i] = slab;
            }
        }
    }

    private int WordsFor(int tenants) => checked((tenants * workloads) + KeysPerWord - 1) / KeysPerWord;
}
