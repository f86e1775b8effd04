namespace FunctionalScoring.Generation;

/// <summary>
/// Writes the rows of one table: each good row, sometimes an identical repeat of it, and the defective copies
/// <see cref="DefectSchedule"/> asks for, made by the table's <paramref name="spoil"/> (kind, row, hash bits).
/// </summary>
internal sealed class RowWriter<TRow>(
    TableSink sink, DefectSchedule defects, long seed, Action<RowBuffer, TRow> fill, Func<TRow, int, ulong, TRow> spoil, double repeatRate = 0)
    where TRow : struct
{
    private TRow? last;

    public ValueTask WriteAsync(TRow row, ref SplitMix64 random, CancellationToken ct)
    {
        var bits = random.Next();
        var repeat = repeatRate > 0 && random.Chance(repeatRate);
        last = row;
        return WriteAsync(row, repeat ? 2 : 1, defects.Next(bits), bits, ct);
    }

    /// <summary>One defective copy of the last row (or of <paramref name="fallback"/>) per kind, so every kind is present.</summary>
    public async Task EndAsync(TRow fallback, CancellationToken ct)
    {
        var random = SplitMix64.For(seed, Purpose.Defect, typeof(TRow).Name.Length);
        defects.ForceAll();
        while (defects.Forcing)
        {
            var bits = random.Next();
            await WriteAsync(last ?? fallback, 0, defects.Next(bits), bits, ct);
        }
    }

    private async ValueTask WriteAsync(TRow row, int copies, int defect, ulong bits, CancellationToken ct)
    {
        for (var i = 0; i < copies; i++)
        {
            fill(sink.Row, row);
            await sink.EndRowAsync(ct);
        }

        if (defect >= 0)
        {
            fill(sink.Row, spoil(row, defect, bits));
            sink.DefectiveRows++;
            await sink.EndRowAsync(ct);
        }
    }
}
