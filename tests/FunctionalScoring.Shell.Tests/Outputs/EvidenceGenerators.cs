using FsCheck;
using FsCheck.Fluent;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Time;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Outputs;

/// <summary>
/// Evidence rows of any shape the record allows, not only those the scorer makes: every optional fact
/// present or absent, text that repeats or not (empty, non-ASCII), months before 1970, extreme integers.
/// </summary>
public static class EvidenceGenerators
{
    private static readonly Gen<string> Text = Gen.Elements("t1", "t2", "", "tenant-日本-ü", new string('x', 300), "Microsoft 365 Certified: Enterprise Administrator Expert");

    private static readonly Gen<long> Integer = Gen.OneOf(Gen.Elements(0L, 1L, -1L, long.MaxValue, long.MinValue), Gen.Choose(-1000, 100_000).Select(i => (long)i));

    private static readonly Gen<Month> AnyMonth = Gen.Choose(1900 * 12, 2200 * 12).Select(m => Month.Of(m / 12, (m % 12) + 1));

    public static readonly Gen<Evidence> Row =
        from partner in Gen.Elements("P1", "P2", "partenaire-é")
        from path in Gen.Elements(Enum.GetValues<PathName>())
        from metric in Gen.Elements(Enum.GetValues<Metric>())
        from kind in Gen.Elements(Enum.GetValues<EvidenceKind>())
        from via in Maybe(Gen.Elements(Enum.GetValues<AssociationType>()))
        from reported in Gen.Elements(true, false)
        from tenant in Maybe(Text)
        from workload in Maybe(Text)
        from person in Maybe(Text)
        from certification in Maybe(Text)
        from month in AnyMonth
        from contribution in Integer
        from claim in Maybe(AnyMonth)
        from start in Maybe(AnyMonth)
        from mauAtStart in Maybe(Integer)
        from pau in Maybe(Gen.OneOf(Integer, Gen.Choose(1, 500).Select(i => (long)i)))
        from mau in Maybe(Gen.Choose(0, 500).Select(i => (long)i))
        from excluded in Maybe(Gen.Elements(true, false))
        from lost in Maybe(Gen.Elements(true, false))
        select new Evidence(partner, path, metric, kind, via, reported, tenant, workload, person, certification, month, contribution, claim, start, mauAtStart, pau, mau, excluded, lost);

    /// <summary>The evidence of a run: partners' rows (some partners with none) and the row group size to cut them by.</summary>
    public static readonly Gen<(Seq<Evidence>[] Partners, int RowGroupSize)> Run =
        from partners in Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 40).SelectMany(rows => Gen.ArrayOf(Row, rows)).Select(rows => rows.ToSeq()), n))
        from rowGroupSize in Gen.OneOf(Gen.Choose(1, 30), Gen.Constant(1000))
        select (partners, rowGroupSize);

    private static Gen<Option<T>> Maybe<T>(Gen<T> value) => Gen.OneOf(Gen.Constant(Option<T>.None), value.Select(Some));
}
