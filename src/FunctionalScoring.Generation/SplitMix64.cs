namespace FunctionalScoring.Generation;

/// <summary>What a random draw is for: each purpose gets its own stream, so adding a draw to one never shifts another.</summary>
internal enum Purpose : ulong
{
    Partner = 1,
    PartnerTenants,
    Tenant,
    TenantId,
    Pair,
    UsageRow,
    Association,
    Secondary,
    Certification,
    PartnerRow,
    Defect,
}

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny generator whose output is fixed by its algorithm, unlike
/// <see cref="System.Random"/>'s seeded sequence, which .NET does not promise to keep. Streams are keyed by
/// (seed, purpose, ids), so any row can be drawn without drawing the rows before it. Public so that tests pin
/// the reference sequence and benchmarks can draw alike.
/// </summary>
public struct SplitMix64(ulong state)
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    private ulong state = state;

    /// <summary>The stream of one purpose and entity: the same arguments always give the same draws.</summary>
    internal static SplitMix64 For(long seed, Purpose purpose, long a, long b = 0, long c = 0) => new(Hash(seed, purpose, a, b, c));

    /// <summary>One well-mixed 64-bit value of (seed, purpose, a, b, c).</summary>
    internal static ulong Hash(long seed, Purpose purpose, long a, long b = 0, long c = 0)
    {
        unchecked
        {
            var h = Mix((ulong)seed ^ ((ulong)purpose * Golden));
            h = Mix(h ^ (ulong)a);
            h = Mix(h + Golden ^ (ulong)b);
            return Mix(h + Golden ^ (ulong)c);
        }
    }

    /// <summary>The SplitMix64 output function (a bijection of 64-bit values).</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A uniform double in [0, 1) from the top 53 bits of a hash.</summary>
    public static double Unit(ulong bits) => (bits >> 11) * (1.0 / (1UL << 53));

    public ulong Next()
    {
        unchecked
        {
            state += Golden;
        }

        return Mix(state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => Unit(Next());

    /// <summary>Uniform in [0, <paramref name="n"/>), without modulo bias worth speaking of (Lemire's multiply-shift).</summary>
    public int Below(int n) => n <= 1 ? 0 : (int)Math.BigMul(Next(), (ulong)n, out _);

    /// <summary>Uniform in [<paramref name="low"/>, <paramref name="high"/>], both included.</summary>
    public int Between(int low, int high) => high <= low ? low : low + Below(high - low + 1);

    /// <summary>Uniform in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public double Range(double low, double high) => low + (NextDouble() * (high - low));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>One of <paramref name="items"/>, the first with probability <paramref name="first"/>, the others evenly.</summary>
    public T Pick<T>(T[] items, double first = 0)
    {
        if (items.Length == 1 || Chance(first))
        {
            return items[0];
        }

        return first > 0 ? items[1 + Below(items.Length - 1)] : items[Below(items.Length)];
    }
}
