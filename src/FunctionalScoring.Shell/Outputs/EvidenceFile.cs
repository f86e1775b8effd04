using FunctionalScoring.Shell.Parquet;

namespace FunctionalScoring.Shell.Outputs;

/// <summary>
/// <c>evidence.parquet</c> written a chunk of partners at a time, so a big run never holds all its
/// evidence: rows are buffered and flushed in row groups of exactly
/// <see cref="ParquetTableWriter.DefaultRowGroupSize"/> rows, as the whole-table writer cuts them,
/// so the bytes are the same either way (and the same as <c>merge</c> writes).
/// </summary>
public sealed class EvidenceFile : IAsyncDisposable
{
    private readonly ParquetTableAppender appender;
    private readonly int rowGroupSize;
    private readonly List<EvidenceRow> buffer = [];

    private EvidenceFile(ParquetTableAppender appender, int rowGroupSize) => (this.appender, this.rowGroupSize) = (appender, rowGroupSize);

    public static async Task<EvidenceFile> CreateAsync(string path, int rowGroupSize = ParquetTableWriter.DefaultRowGroupSize, CancellationToken ct = default) =>
        new(await ParquetTableAppender.CreateAsync(OutputFiles.EvidenceSchema, path, ct), rowGroupSize);

    /// <summary>
    /// Adds the <see cref="EvidenceRows"/> of the next partners, one array a partner, in partner-id
    /// order after every partner added before.
    /// </summary>
    public async Task AddAsync(IReadOnlyList<EvidenceRow[]> rowsOfPartnersInIdOrder, CancellationToken ct = default)
    {
        foreach (var rows in rowsOfPartnersInIdOrder)
        {
            buffer.AddRange(rows);
        }

        var written = 0;
        while (buffer.Count - written >= rowGroupSize)
        {
            await appender.AppendAsync(new EvidenceColumns(buffer, written, rowGroupSize), ct);
            written += rowGroupSize;
        }

        buffer.RemoveRange(0, written);
    }

    public async Task CompleteAsync(CancellationToken ct = default)
    {
        if (buffer.Count > 0)
        {
            await appender.AppendAsync(new EvidenceColumns(buffer, 0, buffer.Count), ct);
            buffer.Clear();
        }

        await appender.CompleteAsync();
    }

    public ValueTask DisposeAsync() => appender.DisposeAsync();
}
