namespace FunctionalScoring.Core.Model;

/// <summary>
/// Non-negative unit counts (PAU or MAU) per cell, four bytes each: a count above
/// <see cref="int.MaxValue"/> — legal, if unlikely — lives in a side table, so nothing is lost.
/// Usage of big exports is mostly these cells: halving them halves the index.
/// </summary>
internal sealed class UnitCells(int length)
{
    private const int Spilled = -1;
    private readonly Dictionary<int, long> large = [];
    private int[] cells = new int[length];

    public int Length => cells.Length;

    public long this[int cell] => cells[cell] == Spilled ? large[cell] : cells[cell];

    public void Set(int cell, long value)
    {
        if (value <= int.MaxValue)
        {
            cells[cell] = (int)value;
            large.Remove(cell);
        }
        else
        {
            cells[cell] = Spilled;
            large[cell] = value;
        }
    }

    public void Resize(int length) => Array.Resize(ref cells, length);

    /// <summary>A copy holding only the given runs of <paramref name="width"/> cells, in that order.</summary>
    public UnitCells Compact(IReadOnlyList<int> runs, int width)
    {
        var compact = new UnitCells(runs.Count * width);
        for (var i = 0; i < runs.Count; i++)
        {
            for (var m = 0; m < width; m++)
            {
                compact.Set(i * width + m, this[runs[i] * width + m]);
            }
        }

        return compact;
    }
}
