using FunctionalScoring.Core.Results;

namespace FunctionalScoring.Core.Evaluation;

/// <summary>
/// The order of one metric's evidence rows, which every byte of <c>evidence.parquet</c> depends on:
/// by association type (none first, then in declaration order), then month, tenant id, workload,
/// person id and certification (ordinal; an absent value first); rows equal on all six keep the
/// order they were given in.
/// </summary>
public static class EvidenceOrder
{
    /// <summary>Sorts the rows of one metric in place.</summary>
    /// <remarks>
    /// One comparison over a struct key, the position last so the sort is stable: measured on the
    /// 50M-row bench, the LINQ OrderBy/ThenBy chain it replaced cost about 1 s of the write phase.
    /// </remarks>
    public static void Sort(Span<Evidence> rows)
    {
        if (rows.Length < 2)
        {
            return;
        }

        var keys = new Key[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            keys[i] = Key.Of(rows[i], i);
        }

        keys.AsSpan().Sort(rows, KeyComparer.Instance);
    }

    private readonly record struct Key(int Type, int Month, string TenantId, string Workload, string PersonId, string Certification, int Position)
    {
        public static Key Of(Evidence e, int position) =>
            new(
                e.Via.Case is Domain.AssociationType type ? (int)type : -1,
                e.Month.Index,
                e.TenantId.IfNone(""),
                e.Workload.IfNone(""),
                e.PersonId.IfNone(""),
                e.Certification.IfNone(""),
                position);
    }

    private sealed class KeyComparer : IComparer<Key>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(Key x, Key y)
        {
            var c = x.Type.CompareTo(y.Type);
            if (c == 0) c = x.Month.CompareTo(y.Month);
            if (c == 0) c = string.CompareOrdinal(x.TenantId, y.TenantId);
            if (c == 0) c = string.CompareOrdinal(x.Workload, y.Workload);
            if (c == 0) c = string.CompareOrdinal(x.PersonId, y.PersonId);
            if (c == 0) c = string.CompareOrdinal(x.Certification, y.Certification);
            return c == 0 ? x.Position.CompareTo(y.Position) : c;
        }
    }
}
