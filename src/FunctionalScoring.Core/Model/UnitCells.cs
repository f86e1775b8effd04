namespace FunctionalScoring.Core.Model;

/// <summary>
/// Non-negative unit counts (PAU or MAU) per cell, two bytes each: a count of 65,535 or more —
/// legal, and common only for the largest tenants — lives in a side table, so nothing is lost.
/// Usage of big exports is mostly these cells: two bytes instead of eight quarters the index.
/// Grows by doubling as pairs are met.
/// </summary>
internal sealed class UnitCells
{
    private const ushort Spilled = ushort.MaxValue;
    private readonly Dictionary<int, long> large = [];
    private ushort[] cells = new ushort[1024];

    public long this[int cell] => cells[cell] == Spilled ? large[cell] : cells[cell];

    /// <summary>Makes cells [0, <paramref name="length"/>) addressable, zeroed when new.</summary>
    public void EnsureLength(int length)
    {
        if (length > cells.Length)
        {
            Array.Resize(ref cells, Math.Max(length, checked(cells.Length * 2)));
        }
    }

    public void Set(int cell, long value)
    {
        if (value is >= 0 and < Spilled)
        {
            if (cells[cell] == Spilled)
            {
                large.Remove(cell);
            }

            cells[cell] = (ushort)value;
        }
        else
        {
            cells[cell] = Spilled;
            large[cell] = value;
        }
    }
}
