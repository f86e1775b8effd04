using System.Text;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>
/// Shard K of N (1-based K): the partners whose id hashes to K − 1 modulo N. The hash is 64-bit
/// FNV-1a over the id's UTF-8 bytes, chosen because it is stable across processes, machines and
/// .NET versions (string.GetHashCode is randomised per process) and trivial to re-implement.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public static readonly Shard Whole = new(1, 1);

    public bool Owns(string partnerId) => Count == 1 || (int)(Fnv1a(partnerId) % (ulong)Count) == Index - 1;

    public static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        return hash;
    }

    /// <summary>Parses <c>K/N</c> with 1 ≤ K ≤ N.</summary>
    public static LanguageExt.Option<Shard> Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], out var k) && int.TryParse(parts[1], out var n) && n >= 1 && k >= 1 && k <= n
            ? new Shard(k, n)
            : LanguageExt.Prelude.None;
    }

    public override string ToString() => $"{Index}/{Count}";
}
