using System.Text;
using System.Text.Unicode;

namespace FunctionalScoring.Parquet.Tests.Reference;

/// <summary>
/// What a row must decode to, computed from its stored bytes with plain arithmetic (decimal floor
/// division, DateOnly's own range) — an oracle written apart from the decoder's conversions.
/// </summary>
public static class Expected
{
    private static readonly int Epoch = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>The row for <paramref name="raw"/>; text is rendered by <paramref name="text"/> (hex of any bytes, or UTF-8 when valid).</summary>
    public static Row Of(PhysicalType physical, ValueMeaning meaning, byte[]? raw, TextRendering text) => raw switch
    {
        null => Row.Null,
        _ => meaning switch
        {
            ValueMeaning.Integer(var bits, var signed) => Integer(Stored(physical, raw), bits, signed),
            ValueMeaning.Date => Day((decimal)BitConverter.ToInt32(raw)),
            ValueMeaning.Timestamp when physical == PhysicalType.Int96 =>
                Day(BitConverter.ToInt32(raw, 8) - 2_440_588m + Math.Floor(BitConverter.ToInt64(raw) / 86_400_000_000_000m)),
            ValueMeaning.Timestamp(var unit) => Day(Math.Floor(BitConverter.ToInt64(raw) / PerDay(unit))),
            ValueMeaning.Text => Text(raw, text),
            _ => throw new NotSupportedException(meaning.ToString()),
        },
    };

    public static Row Text(byte[] raw, TextRendering text) => text switch
    {
        TextRendering.Hex => Row.Text(Convert.ToHexString(raw)),
        _ when Utf8.IsValid(raw) => Row.Text(Encoding.UTF8.GetString(raw)),
        _ => Row.InvalidText,
    };

    private static long Stored(PhysicalType physical, byte[] raw) =>
        physical == PhysicalType.Int32 ? BitConverter.ToInt32(raw) : BitConverter.ToInt64(raw);

    private static Row Integer(long stored, int bits, bool signed) => unchecked((bits, signed) switch
    {
        (8, true) => Row.Integer((sbyte)stored),
        (8, false) => Row.Integer((byte)stored),
        (16, true) => Row.Integer((short)stored),
        (16, false) => Row.Integer((ushort)stored),
        (32, true) => Row.Integer((int)stored),
        (32, false) => Row.Integer((uint)stored),
        (64, true) => Row.Integer(stored),
        _ => (ulong)stored > long.MaxValue ? Row.OutOfRange : Row.Integer(stored),
    });

    private static Row Day(decimal daysSince1970)
    {
        var day = Epoch + daysSince1970;
        return day < DateOnly.MinValue.DayNumber || day > DateOnly.MaxValue.DayNumber ? Row.OutOfRange : Row.Day((int)day);
    }

    private static decimal PerDay(TimeUnit unit) => unit switch
    {
        TimeUnit.Millis => 86_400_000m,
        TimeUnit.Micros => 86_400_000_000m,
        _ => 86_400_000_000_000m,
    };
}

/// <summary>How text rows are compared: the hex of any bytes (<see cref="ByteTable"/>), or strings with invalid UTF-8 rejected (<see cref="Utf8Interner"/>).</summary>
public enum TextRendering
{
    Hex,
    Utf8,
}
