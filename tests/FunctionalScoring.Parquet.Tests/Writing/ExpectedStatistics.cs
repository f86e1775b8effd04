using System.Buffers.Binary;
using System.Text;

namespace FunctionalScoring.Parquet.Tests.Writing;

/// <summary>A chunk's statistics as the format defines them, worked out here from the values alone.</summary>
public sealed record ExpectedStatistics(long NullCount, byte[]? Min, byte[]? Max)
{
    private static readonly int UnixEpochDay = new DateOnly(1970, 1, 1).DayNumber;

    public static ExpectedStatistics Of(WriterType type, IReadOnlyCollection<object?> values)
    {
        var present = values.OfType<object>().Where(v => v is not double.NaN).ToList();
        var nulls = values.Count(v => v is null);
        if (present.Count == 0)
        {
            return new(nulls, null, null);
        }

        var bounds = type switch
        {
            WriterType.Text => Bounds(present.Cast<string>().Select(Encoding.UTF8.GetBytes), (a, b) => a.AsSpan().SequenceCompareTo(b), b => b),
            WriterType.Int64 => Bounds(present.Cast<long>(), (a, b) => a.CompareTo(b), BitConverter.GetBytes),
            WriterType.Date => Bounds(present.Cast<DateOnly>().Select(d => d.DayNumber - UnixEpochDay), (a, b) => a.CompareTo(b), BitConverter.GetBytes),
            WriterType.Boolean => Bounds(present.Cast<bool>(), (a, b) => a.CompareTo(b), b => [b ? (byte)1 : (byte)0]),
            _ => Doubles(present.Cast<double>()),
        };
        return bounds with { NullCount = nulls };
    }

    /// <summary>The format: a zero bound is −0.0 as a minimum and +0.0 as a maximum.</summary>
    private static ExpectedStatistics Doubles(IEnumerable<double> values)
    {
        var bounds = Bounds(values, (a, b) => a.CompareTo(b), Double);
        return bounds with { Min = Zero(bounds.Min!, -0.0), Max = Zero(bounds.Max!, 0.0) };
    }

    private static ExpectedStatistics Bounds<T>(IEnumerable<T> values, Comparison<T> order, Func<T, byte[]> bytes)
    {
        var sorted = values.ToList();
        sorted.Sort(order);
        return new(0, bytes(sorted[0]), bytes(sorted[^1]));
    }

    private static byte[] Zero(byte[] bound, double zero) => BinaryPrimitives.ReadDoubleLittleEndian(bound) == 0 ? Double(zero) : bound;

    private static byte[] Double(double value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
        return bytes;
    }
}
