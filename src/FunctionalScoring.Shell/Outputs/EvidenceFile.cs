using FunctionalScoring.Core.Results;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;

namespace FunctionalScoring.Shell.Outputs;

/// <summary>
/// <c>evidence.parquet</c> written a chunk of partners at a time, so a big run never holds all its
/// evidence: rows are buffered and flushed in row groups of exactly
/// <see cref="ParquetTableWriter.DefaultRowGroupSize"/> rows, as the whole-table writer cuts them,
/// so the bytes are the same either way (and the same as <c>merge</c> writes).
/// </summary>
/// <remarks>
/// A chunk is written on a background task while the caller scores the next one; the write is
/// single-threaded, so otherwise a core would idle. Only one chunk is ever in flight, which keeps
/// memory bounded, and its failure surfaces from the next <see cref="AddAsync"/> or from
/// <see cref="CompleteAsync"/>.
/// </remarks>
public sealed class EvidenceFile : IAsyncDisposable
{
    private readonly ParquetTableAppender appender;
    private readonly int rowGroupSize;
    private readonly List<Evidence> buffer = [];
    private Task inFlight = Task.CompletedTask;

    private EvidenceFile(ParquetTableAppender appender, int rowGroupSize) => (this.appender, this.rowGroupSize) = (appender, rowGroupSize);

    public static async Task<EvidenceFile> CreateAsync(string path, int rowGroupSize = ParquetTableWriter.DefaultRowGroupSize, CancellationToken ct = default) =>
        new(await ParquetTableAppender.CreateAsync(OutputFiles.EvidenceSchema, path, ct), rowGroupSize);

    /// <summary>
    /// Adds the evidence of the next partners (<see cref="Core.Evaluation.PartnerEvidence"/>), one
    /// sequence a partner, in partner-id order after every partner added before: waits for the chunk before to be written, then
    /// starts writing this one in the background.
    /// </summary>
    public async Task AddAsync(IReadOnlyList<Seq<Evidence>> rowsOfPartnersInIdOrder, CancellationToken ct = default)
    {
        await inFlight;
        inFlight = Task.Run(() => WriteAsync(rowsOfPartnersInIdOrder, ct), ct);
    }

    public async Task CompleteAsync(CancellationToken ct = default)
    {
        await inFlight;
        if (buffer.Count > 0)
        {
            await appender.AppendAsync(new EvidenceColumns(buffer, 0, buffer.Count), ct);
            buffer.Clear();
        }

        await appender.CompleteAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // The run failed elsewhere if a write is still pending: let it stop touching the file
        // before the file is removed, and leave the caller's exception the one reported.
        await inFlight.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await appender.DisposeAsync();
    }

    private async Task WriteAsync(IReadOnlyList<Seq<Evidence>> rowsOfPartnersInIdOrder, CancellationToken ct)
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
}
