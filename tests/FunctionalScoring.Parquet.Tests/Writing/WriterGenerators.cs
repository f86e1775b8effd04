using FsCheck;
using FsCheck.Fluent;

namespace FunctionalScoring.Parquet.Tests.Writing;

/// <summary>
/// Random tables for the writer: one to six columns of every type, REQUIRED or OPTIONAL, with few
/// distinct values (dictionaries), fresh values in every row (the PLAIN fallback), runs (RLE), nulls
/// from none to all, Unicode and empty strings, and the extremes of each type; one to four row
/// groups; page and dictionary limits from tiny (many pages, fallback) to the defaults.
/// </summary>
public static class WriterGenerators
{
    private static readonly string[] Texts =
        ["", "a", "é", "Ω-ünï", "😀", "日本語テキスト", "e\u0301", "\u00A0", "tenant-00000000-0000-", "Microsoft Teams Premium — ", "ab", "b", "\u007F", "\uFFFD", "𝕏𝕐"];

    // Whole characters (a surrogate pair stays one): C# strings with a lone surrogate have no UTF-8 form.
    private static readonly string[] Letters = [.. "abcxyz019 -_éüΩ日😀".EnumerateRunes().Select(r => r.ToString())];

    private static readonly long[] ExtremeLongs = [long.MinValue, long.MaxValue, 0, -1, 1, int.MinValue, int.MaxValue + 1L];

    private static readonly DateOnly[] ExtremeDates =
        [DateOnly.MinValue, DateOnly.MaxValue, new(1970, 1, 1), new(1969, 12, 31), new(2000, 2, 29), new(9999, 12, 1)];

    private static readonly double[] ExtremeDoubles =
        [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon, 1e-300];

    public static Arbitrary<TableCase> Tables() => Table().ToArbitrary();

    public static Gen<TableCase> Table() =>
        from groups in Gen.Frequency((6, Gen.Choose(1, 300)), (1, Gen.Choose(1000, 3000))).ArrayOf().Where(g => g.Length is >= 1 and <= 4)
        from columns in Column().ArrayOf().Where(c => c.Length is >= 1 and <= 6)
        let named = columns.Select((c, i) => c with { Name = $"c{i}_{c.Type}" }).ToArray()
        from values in Gen.CollectToArray(named, c => Values(c, groups.Sum()))
        from options in Options()
        select new TableCase(named, values, groups, options);

    public static Gen<WriterOptions> Options() =>
        from codec in Gen.Elements(CompressionCodec.Snappy, CompressionCodec.Uncompressed)
        from pageBytes in Gen.Elements(40, 300, 1 << 20)
        from dictionaryBytes in Gen.Elements(0, 100, 8 << 20, 8 << 20)
        select new WriterOptions(codec, pageBytes, dictionaryBytes);

    private static Gen<WriterColumn> Column() =>
        from type in Gen.Elements(Enum.GetValues<WriterType>())
        from optional in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new WriterColumn("", type, optional);

    /// <summary>A column's rows: values in one of three styles, nulls at one of four rates when OPTIONAL.</summary>
    private static Gen<object?[]> Values(WriterColumn column, int rows) =>
        from style in Gen.Elements("few", "fresh", "runs")
        from pool in Value(column.Type).ArrayOf().Where(p => p.Length is >= 1 and <= 4)
        from nullRate in column.Optional ? Gen.Elements(0.0, 0.1, 0.5, 1.0) : Gen.Constant(0.0)
        from values in style switch
        {
            "few" => Gen.Elements(pool).ArrayOf(rows),
            "fresh" => Value(column.Type).ArrayOf(rows),
            _ => Runs(pool, rows),
        }
        from nulls in Gen.Choose(0, 999).ArrayOf(rows)
        select values.Select((v, i) => nulls[i] < nullRate * 1000 ? null : v).ToArray();

    /// <summary>The pool's values in runs of 1 to 40 rows.</summary>
    private static Gen<object[]> Runs(object[] pool, int rows) =>
        from runs in (from value in Gen.Elements(pool) from length in Gen.Choose(1, 40) select (value, length)).ArrayOf(rows)
        select runs.SelectMany(r => Enumerable.Repeat(r.value, r.length)).Take(rows).ToArray();

    public static Gen<object> Value(WriterType type) => type switch
    {
        WriterType.Text => Gen.Frequency(
            (4, Gen.Elements(Texts)),
            (4, Gen.Elements(Letters).ArrayOf().Select(string.Concat)),
            (1, from n in Gen.Choose(100, 3000) from c in Gen.Elements(Letters) select string.Concat(Enumerable.Repeat(c, n)))).Select(s => (object)s),
        WriterType.Int64 => Gen.Frequency(
            (3, Gen.Choose(-1000, 1000).Select(v => (long)v)),
            (2, from high in Gen.Choose(int.MinValue, int.MaxValue) from low in Gen.Choose(int.MinValue, int.MaxValue) select unchecked(((long)high << 32) | (uint)low)),
            (1, Gen.Elements(ExtremeLongs))).Select(v => (object)v),
        WriterType.Date => Gen.Frequency(
            (3, Gen.Choose(19_000, 21_000).Select(d => DateOnly.FromDayNumber(719_162 + d))),
            (1, Gen.Elements(ExtremeDates)),
            (1, Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber))).Select(d => (object)d),
        WriterType.Boolean => Gen.Elements(true, false).Select(b => (object)b),
        _ => Gen.Frequency(
            (3, from n in Gen.Choose(-1_000_000, 1_000_000) from d in Gen.Choose(1, 1000) select (double)n / d),
            (1, Gen.Elements(ExtremeDoubles))).Select(d => (object)d),
    };
}
