using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FunctionalScoring.Parquet.Tests.Reference;
using PS = ParquetSharp;

namespace FunctionalScoring.Parquet.Tests;

/// <summary>A column to write and read back: its shape, the writer's settings and its rows' stored bytes.</summary>
public sealed record Case(Shape Shape, Settings Settings, byte[]?[] Rows)
{
    public override string ToString() =>
        $"{Shape} {Settings}, {Rows.Length} rows: {string.Join(" ", Rows.Take(12).Select(r => r is null ? "null" : Convert.ToHexString(r)))}{(Rows.Length > 12 ? " …" : "")}";
}

/// <summary>
/// Random columns as real data looks and as edge cases hide: repeats (dictionaries, delta runs), nulls,
/// whole null pages, extreme integers, dates at both ends of DateOnly and just past them, negative
/// timestamps, INT96 nanoseconds beyond a day, empty strings, non-ASCII text with long shared prefixes.
/// </summary>
public static class Generators
{
    public static readonly PS.Compression[] Codecs =
    [
        PS.Compression.Uncompressed, PS.Compression.Snappy, PS.Compression.Gzip, PS.Compression.Brotli,
        PS.Compression.Zstd, PS.Compression.Lz4, PS.Compression.Lz4Hadoop,
    ];

    private static readonly string[] Prefixes = ["", "é", "éa", "José-", "Microsoft Teams Premium — ", "Ω-ünï", "😀", "tenant-00000000-0000-", "\u00A0", "a"];

    private static readonly string[] Suffixes = ["", "b", "ab", "1", "10", "é", "😀😀", "Ω", "-ünï", "xyz", "\u0301"];

    private static readonly byte[][] InvalidUtf8 = [[0xC3], [0xFF, 0x41], [0xED, 0xA0, 0x80], [0x61, 0xE2, 0x82]];

    public static Gen<Case> Case(WriteEncoding encoding, PS.ParquetDataPageVersion version, TextRendering text = TextRendering.Hex) =>
        from shape in Gen.Elements(Shape.All.Where(s => s.Encodings.Contains(encoding)).ToArray())
        from settings in Settings(encoding, version)
        from rows in Rows(shape, settings.Optional, text)
        select new Case(shape, settings, rows);

    public static Gen<Settings> Settings(WriteEncoding encoding, PS.ParquetDataPageVersion version) =>
        from codec in Gen.Elements(Codecs)
        from optional in Gen.Elements(true, false)
        from checksums in Gen.Elements(true, false)
        from groupRows in Gen.Elements(1000, 1000, 37)
        from formatOne in encoding == WriteEncoding.Dictionary ? Gen.Elements(true, false) : Gen.Constant(false)
        from dictionaryLimit in encoding == WriteEncoding.Dictionary ? Gen.Elements(1L << 20, 1L << 20, 40L) : Gen.Constant(1L << 20)
        select new Settings(encoding, version, codec, optional, checksums, groupRows, formatOne, dictionaryLimit);

    /// <summary>1 to 300 rows drawn mostly from a small pool of values (so they repeat), nulls when optional.</summary>
    public static Gen<byte[]?[]> Rows(Shape shape, bool optional, TextRendering text = TextRendering.Hex) =>
        from pool in Value(shape, text).ArrayOf().Where(p => p.Length > 0)
        from count in Gen.Choose(1, 300)
        from allNull in optional ? Gen.Frequency((1, Gen.Constant(true)), (12, Gen.Constant(false))) : Gen.Constant(false)
        from rows in Gen.Frequency(
                (optional ? 2 : 0, Gen.Constant<byte[]?>(null)),
                (5, Gen.Elements(pool).Select(v => (byte[]?)v)),
                (3, Value(shape, text).Select(v => (byte[]?)v)))
            .ArrayOf(count)
        select allNull ? new byte[]?[count] : rows;

    public static Gen<byte[]> Value(Shape shape, TextRendering text = TextRendering.Hex) => shape.Name switch
    {
        "date" => Days().Select(BitConverter.GetBytes),
        "timestamp-millis-utc" => Instants(86_400_000L).Select(BitConverter.GetBytes),
        "timestamp-micros-local" => Instants(86_400_000_000L).Select(BitConverter.GetBytes),
        "timestamp-nanos-utc" => Instants(86_400_000_000_000L).Select(BitConverter.GetBytes),
        "int96" => Int96(),
        "string" => Strings(text),
        "fixed3" => Gen.Frequency(
            (3, Gen.Elements("abc", "éa", "€", "   ").Select(Encoding.UTF8.GetBytes)),
            (1, Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(3))),
        _ when shape.Physical == PhysicalType.Int32 => Ints().Select(BitConverter.GetBytes),
        _ => Longs().Select(BitConverter.GetBytes),
    };

    private static Gen<int> Ints() => Gen.Frequency(
        (3, Gen.Choose(-200, 200)),
        (2, Gen.Choose(int.MinValue, int.MaxValue)),
        (1, Gen.Elements(int.MinValue, int.MaxValue, 0, -1, 127, 128, 255, 256, 32767, 32768, 65535, 65536)));

    private static Gen<long> Longs() => Gen.Frequency(
        (3, Gen.Choose(-200, 200).Select(v => (long)v)),
        (2, from high in Gen.Choose(int.MinValue, int.MaxValue) from low in Gen.Choose(int.MinValue, int.MaxValue) select unchecked(((long)high << 32) | (uint)low)),
        (1, Gen.Elements(long.MinValue, long.MaxValue, 0L, -1L, int.MaxValue + 1L, uint.MaxValue + 1L)));

    /// <summary>Days since 1970: recent ones, DateOnly's first and last day and one beyond each, 9999-12-01, any int.</summary>
    private static Gen<int> Days() => Gen.Frequency(
        (4, Gen.Choose(19_000, 21_000)),
        (1, Gen.Elements(-719_162, -719_163, 2_932_896, 2_932_897, 2_932_866, 0, -1)),
        (1, Gen.Choose(int.MinValue, int.MaxValue)));

    /// <summary>Instants in a unit with <paramref name="perDay"/> per day: around now, around 1970 (negative too), at the ends of DateOnly, any long.</summary>
    private static Gen<long> Instants(long perDay) => Gen.Frequency(
        (4, from day in Gen.Choose(19_000, 21_000) from within in Gen.Choose(0, 86_399) select (day * perDay) + (within * (perDay / 86_400))),
        (1, Gen.Elements(-1L, 0L, 1L, -perDay, -perDay - 1)),
        (perDay < 86_400_000_000_000L ? 1 : 0, Gen.Elements(Ends(perDay))),
        (1, Longs()));

    /// <summary>The first and last instants DateOnly holds in a unit and one beyond each, and 9999-12-01 (nanoseconds never reach them).</summary>
    private static long[] Ends(long perDay) => perDay < 86_400_000_000_000L
        ? [(2_932_897L * perDay) - 1, 2_932_897L * perDay, -719_162L * perDay, (-719_162L * perDay) - 1, 2_932_866L * perDay]
        : [0L];

    /// <summary>INT96: nanoseconds of the day (mostly within the day) and a Julian day around now or anywhere.</summary>
    private static Gen<byte[]> Int96() =>
        from nanos in Gen.Frequency(
            (4, Gen.Choose(0, 86_399).Select(s => s * 1_000_000_000L)),
            (1, Gen.Elements(-1L, 86_400_000_000_000L, 86_399_999_999_999L, long.MinValue, long.MaxValue)))
        from julian in Gen.Frequency(
            (4, Gen.Choose(2_440_588 + 19_000, 2_440_588 + 21_000)),
            (1, Gen.Elements(1_721_426, 1_721_425, 5_373_484, 5_373_485, 0, int.MinValue, int.MaxValue)))
        select (byte[])[.. BitConverter.GetBytes(nanos), .. BitConverter.GetBytes(julian)];

    /// <summary>A prefix and a suffix from small pools (long shared prefixes, non-ASCII at the join), sometimes long, sometimes invalid UTF-8.</summary>
    private static Gen<byte[]> Strings(TextRendering text) => Gen.Frequency(
        (8, from prefix in Gen.Elements(Prefixes) from suffix in Gen.Elements(Suffixes) select Encoding.UTF8.GetBytes(prefix + suffix)),
        (1, from repeat in Gen.Choose(50, 400) from piece in Gen.Elements(Prefixes) select Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(piece + "x", repeat)))),
        (text == TextRendering.Utf8 ? 1 : 0, Gen.Elements(InvalidUtf8)));
}
