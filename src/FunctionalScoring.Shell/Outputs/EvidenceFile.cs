using FunctionalScoring.Core.Results;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Outputs;

/// <summary>
/// <c>evidence.parquet</c>, written with FunctionalScoring.Parquet's lean writer a chunk of partners at a
/// time, so a big run never holds all its evidence: each row becomes typed column values as it is added
/// (<see cref="EvidenceRows"/>) and row groups are cut at exactly the row group size given.
/// The bytes depend on the rows alone: <see cref="WriteAsync(DataFrame, string, int, CancellationToken)"/>
/// writes the evidence DataFrame (what <c>merge</c> writes) through the same buffers and gives the same file.
/// </summary>
/// <remarks>
/// Parquet.Net's writer took 35–40% of <c>score</c>'s CPU and most of its GC time on the 50M-row bench:
/// a string per value, dictionaries built by hashing every one, copies through pooled streams.
/// A chunk is written on a background task while the caller scores the next one; the write is
/// single-threaded, so otherwise a core would idle. Only one chunk is ever in flight, which keeps
/// memory bounded, and its failure surfaces from the next <see cref="AddAsync"/> or from
/// <see cref="CompleteAsync"/>.
/// </remarks>
public sealed class EvidenceFile : IAsyncDisposable
{
    private readonly BufferedTableFile file;
    private readonly EvidenceRows rows;
    private readonly int rowGroupSize;
    private Task inFlight = Task.CompletedTask;

    private EvidenceFile(BufferedTableFile file, EvidenceRows rows, int rowGroupSize) => (this.file, this.rows, this.rowGroupSize) = (file, rows, rowGroupSize);

    public static async Task<EvidenceFile> CreateAsync(string path, int rowGroupSize = ParquetTableWriter.DefaultRowGroupSize, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowGroupSize);
        ct.ThrowIfCancellationRequested();
        var rows = new EvidenceRows();
        return new EvidenceFile(await BufferedTableFile.CreateAsync(rows.Buffer, path), rows, rowGroupSize);
    }

    /// <summary>
    /// Writes evidence rows given as a DataFrame of <see cref="OutputFiles.EvidenceSchema"/> (as
    /// <see cref="ResultFrames.Evidence"/> builds it, or as <c>merge</c> reads shards back) to <paramref name="path"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A column is missing or of another DataFrame type.</exception>
    public static async Task WriteAsync(DataFrame frame, string path, int rowGroupSize = ParquetTableWriter.DefaultRowGroupSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        await using var evidence = await CreateAsync(path, rowGroupSize, ct);
        foreach (var (start, count) in ColumnWriting.Chunks(frame.Rows.Count, rowGroupSize))
        {
            ct.ThrowIfCancellationRequested();
            evidence.rows.Buffer.AddFrameRows(frame, start, count);
            evidence.Flush();
        }

        await evidence.CompleteAsync(ct);
    }

    /// <summary>
    /// Adds the evidence of the next partners (<see cref="Core.Evaluation.PartnerEvidence"/>), one
    /// sequence a partner, in partner-id order after every partner added before: waits for the chunk before to be written, then
    /// starts writing this one in the background.
    /// </summary>
    public async Task AddAsync(IReadOnlyList<Seq<Evidence>> rowsOfPartnersInIdOrder, CancellationToken ct = default)
    {
        await inFlight;
        inFlight = Task.Run(() => Write(rowsOfPartnersInIdOrder, ct), ct);
    }

    public async Task CompleteAsync(CancellationToken ct = default)
    {
        await inFlight;
        ct.ThrowIfCancellationRequested();
        if (rows.Buffer.Count > 0)
        {
            Flush();
        }

        await file.CompleteAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // The run failed elsewhere if a write is still pending: let it stop touching the file
        // before the file is removed, and leave the caller's exception the one reported.
        await inFlight.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await file.DisposeAsync();
    }

    private void Write(IReadOnlyList<Seq<Evidence>> rowsOfPartnersInIdOrder, CancellationToken ct)
    {
        foreach (var partner in rowsOfPartnersInIdOrder)
        {
            foreach (var row in partner)
            {
                rows.Add(row);
                if (rows.Buffer.Count == rowGroupSize)
                {
                    ct.ThrowIfCancellationRequested();
                    Flush();
                }
            }
        }
    }

    private void Flush()
    {
        file.Append(rows.Buffer);
        rows.Buffer.Clear();
    }
}
