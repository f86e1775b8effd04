namespace FunctionalScoring.Shell.Streaming;

/// <summary>
/// R28's duplicate rule, one row at a time: remembers for every (tenant, eligible workload, month)
/// key of the window whether it was seen, and whether its first copy was clean, so that every copy
/// of a repeated key can be rejected even when the first was already counted as used. Memory is one
/// byte and one int per possible key, dense over the tenants seen so far.
/// </summary>
public sealed class DuplicateKeys(int workloads)
{
    public const byte Unseen = 0;
    public const byte SeenClean = 1;
    public const byte SeenInvalid = 2;
    public const byte Repeated = 3;
    private const int Months = Core.Time.EvaluationWindow.MonthCount;

    private byte[] state = new byte[1 << 16];
    private int[] firstRow = new int[1 << 16];

    /// <summary>
    /// Records one row with a complete key. Returns the key's state before this row, and the
    /// decoded row index of its first copy.
    /// </summary>
    public (byte Before, int FirstRow) Record(int tenant, int workload, int monthOffset, bool clean, int row)
    {
        var key = ((tenant * workloads) + workload) * Months + monthOffset;
        EnsureRoom(key);
        var before = state[key];
        if (before == Unseen)
        {
            state[key] = clean ? SeenClean : SeenInvalid;
            firstRow[key] = row;
        }
        else
        {
            state[key] = Repeated;
        }

        return (before, firstRow[key]);
    }

    /// <summary>
    /// Drops the tables once the read is over. Measured on the 50M-row bench: the stream that owns
    /// them is still reachable when scoring starts (what holds it was not found), and releasing them
    /// here takes the live set after the read from 564 to 406 MiB.
    /// </summary>
    public void Release() => (state, firstRow) = ([], []);

    private void EnsureRoom(int key)
    {
        if (key < state.Length)
        {
            return;
        }

        var size = state.Length;
        while (size <= key)
        {
            size *= 2;
        }

        Array.Resize(ref state, size);
        Array.Resize(ref firstRow, size);
    }
}
