namespace FunctionalScoring.Core.Model;

/// <summary>
/// Non-negative unit counts (PAU or MAU) per cell, two bytes each: a count of 65,535 or more —
/// legal, and common only for the largest tenants — lives in a side table, so nothing is lost.
/// Usage of big exports is mostly these cells: two bytes instead of eight quarters the index.
/// </summary>
/// <remarks>
/// Cells live in fixed segments added as pairs are met, never in one array grown by doubling: a
/// doubled array holds up to twice the cells needed, and while it is copied the old and the new one
/// are both alive — on a 12-month history that was 1.5 × the index at the peak and half a gigabyte
/// of large-object allocations over the read.
/// </remarks>
internal sealed class UnitCells
{
    private const int SegmentBits = 16;
    private const int SegmentLength = 1 << SegmentBits;
    private const int InSegment = SegmentLength - 1;
    private const ushort Spilled = ushort.MaxValue;
    private readonly Dictionary<int, long> large = [];
    private ushort[][] segments = [];
    private int segmentCount;

    public long this[int cell]
    {
        get
        {
            var value = segments[cell >> SegmentBits][cell & InSegment];
            return value == Spilled ? large[cell] : value;
        }
    }

    /// <summary>Makes cells [0, <paramref name="length"/>) addressable, zeroed when new.</summary>
    public void EnsureLength(int length)
    {
        var needed = (int)(((long)length + InSegment) >> SegmentBits);
        if (needed > segments.Length)
        {
            Array.Resize(ref segments, Math.Max(needed, segments.Length * 2));
        }

        while (segmentCount < needed)
        {
            segments[segmentCount++] = new ushort[SegmentLength];
        }
    }

    public void Set(int cell, long value)
    {
        ref var slot = ref segments[cell >> SegmentBits][cell & InSegment];
        if (value is >= 0 and < Spilled)
        {
            if (slot == Spilled)
            {
                large.Remove(cell);
            }

            slot = (ushort)value;
        }
        else
        {
            slot = Spilled;
            large[cell] = value;
        }
    }
}
