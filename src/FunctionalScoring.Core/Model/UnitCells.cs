namespace FunctionalScoring.Core.Model;

/// <summary>
/// Non-negative unit counts (PAU or MAU) per cell, two bytes each: a count of 65,535 or more —
/// legal, and common only for the largest tenants — lives in a side table, so nothing is lost.
/// Usage of big exports is mostly these cells: halving them halves the index.
/// </summary>
internal sealed class UnitCells(int length)
{
    private const ushort Spilled = ushort.MaxValue;
    private readonly Dictionary<int, long> large = [];
    private readonly ushort[] cells = new ushort[length];

    public int Length => cells.Length;

    public long this[int cell] => cells[cell] == Spilled ? large[cell] : cells[cell];

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
