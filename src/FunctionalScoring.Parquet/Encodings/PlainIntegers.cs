using System.Buffers.Binary;
using System.Runtime.InteropServices;

using FunctionalScoring.Parquet.Values;

namespace FunctionalScoring.Parquet.Encodings;

/// <summary>PLAIN INT32, INT64 and INT96 values: little-endian, back to back.</summary>
internal static class PlainIntegers
{
    /// <summary>The Julian day of 1970-01-01, where INT96 timestamps count from.</summary>
    private const long JulianDayOfUnixEpoch = 2_440_588;

    public static void Decode(PhysicalType type, ReadOnlySpan<byte> data, Span<long> values)
    {
        var width = Width(type);
        if ((long)values.Length * width > data.Length)
        {
            throw new CorruptDataException($"a PLAIN page of {data.Length} bytes cannot hold {values.Length} {Encoding.TypeName(type)} values");
        }

        switch (type)
        {
            case PhysicalType.Int32 when BitConverter.IsLittleEndian:
                var ints = MemoryMarshal.Cast<byte, int>(data[..(values.Length * 4)]);
                for (var i = 0; i < ints.Length; i++)
                {
                    values[i] = ints[i];
                }

                break;
            case PhysicalType.Int64 when BitConverter.IsLittleEndian:
                MemoryMarshal.Cast<byte, long>(data[..(values.Length * 8)]).CopyTo(values);
                break;
            case PhysicalType.Int32:
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = BinaryPrimitives.ReadInt32LittleEndian(data[(i * 4)..]);
                }

                break;
            case PhysicalType.Int64:
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = BinaryPrimitives.ReadInt64LittleEndian(data[(i * 8)..]);
                }

                break;
            default:
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = Int96Day(data.Slice(i * 12, 12));
                }

                break;
        }
    }

    public static int Width(PhysicalType type) => type switch
    {
        PhysicalType.Int32 => 4,
        PhysicalType.Int64 => 8,
        PhysicalType.Int96 => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// The day (since 1970-01-01) of an INT96 timestamp: nanoseconds of the day (signed 64 bits, as
    /// Arrow reads them), then the Julian day; nanoseconds beyond one day carry into the date.
    /// </summary>
    private static long Int96Day(ReadOnlySpan<byte> value)
    {
        var nanos = BinaryPrimitives.ReadInt64LittleEndian(value);
        var julianDay = BinaryPrimitives.ReadInt32LittleEndian(value[8..]);
        return julianDay - JulianDayOfUnixEpoch + Days.FloorDiv(nanos, Days.NanosPerDay);
    }
}
