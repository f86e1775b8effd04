using System.Runtime.CompilerServices;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// A table whose footers have been checked (R27) and whose row groups have been planned (R29), read one row group
/// at a time. Only one part file is open at a time; text codes are shared across the whole read.
/// </summary>
public sealed class ParquetTableStream
{
    private readonly Seq<PartPlan> plan;

    // The compressed bytes of column chunks, pooled for this read only: the shared pool would keep every
    // size it ever lent (several MiB a chunk) for the rest of the process.
    private readonly System.Buffers.ArrayPool<byte> chunks = System.Buffers.ArrayPool<byte>.Create(maxArrayLength: 1 << 30, maxArraysPerBucket: 16);

    private ParquetTableStream(TableLocation location, Seq<ColumnSpec> columns, Seq<PartPlan> plan)
    {
        this.plan = plan;
        Location = location;
        Columns = columns;
        Files = PartPlan.Sources(plan);
        Texts = toMap(columns.Filter(c => c.Kind == ColumnKind.Text).Map(c => (c.Name, new TextValues())));
    }

    public TableLocation Location { get; }

    public Seq<ColumnSpec> Columns { get; }

    /// <summary>Provenance of every part file, in reading order; <c>FirstRow</c> counts decoded rows only.</summary>
    public Seq<SourceFile> Files { get; }

    /// <summary>The table-wide values of the text columns by column name; they fill up as the stream is read.</summary>
    public Map<string, TextValues> Texts { get; }

    public long TotalRows => Files.Sum(f => f.Rows);

    public long SkippedRows => Files.Sum(f => f.SkippedRows);

    public long RowsToDecode => TotalRows - SkippedRows;

    /// <summary>Checks every part's footer against <paramref name="columns"/> and plans the row groups to read.</summary>
    public static async Task<Either<ParquetInputError, ParquetTableStream>> OpenAsync(
        TableLocation location, Seq<ColumnSpec> columns, Option<RowGroupFilter> filter = default, CancellationToken ct = default, Option<TextRangeFilter> textFilter = default)
    {
        filter.IfSome(f =>
        {
            if (!columns.Exists(c => c.Name == f.Column && c.Kind == ColumnKind.Date))
            {
                throw new ArgumentException($"the filter column '{f.Column}' must be a requested Date column", nameof(filter));
            }
        });
        var plan = await TablePlanner.PlanAsync(location, columns, filter, ct, textFilter);
        return plan.Map(p => new ParquetTableStream(location, columns, p));
    }

    /// <summary>
    /// Every row group in order, pruned ones as <see cref="RowGroupBatch.Skipped"/> batches. A file that turns out
    /// unreadable ends the stream with one error. While the caller works on one batch, the next row group of the
    /// same file is already being decoded into a second set of buffers: a batch's buffers stay valid until the
    /// caller asks for the batch after the next one, so copy what you keep.
    /// </summary>
    public async IAsyncEnumerable<Either<ParquetInputError, RowGroupBatch>> ReadAsync(
        Option<Action<ReadProgress>> progress = default, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var buffers = new[] { NewColumns(), NewColumns() };
        var current = 0;
        var done = 0L;
        var total = TotalRows;
        for (var partIndex = 0; partIndex < plan.Count; partIndex++)
        {
            var part = plan[partIndex];
            var opened = part.RowGroups.Exists(g => !g.Skip)
                ? await PartReaders.OpenAsync(part.Part, Columns, ct)
                : PartReaders.Unopened(part.RowGroups.Count);
            if (opened.Case is ParquetInputError error)
            {
                yield return error;
                yield break;
            }

            await using var readers = (PartReaders)opened.Case;
            if (readers.RowGroupCount != part.RowGroups.Count)
            {
                yield return ParquetInputError.Corrupt(part.Part.Name, "the file changed while it was being read");
                yield break;
            }

            var groups = part.RowGroups.ToArray();
            Task<Option<ParquetInputError>>? next = null;
            try
            {
                for (var g = 0; g < groups.Length; g++)
                {
                    var group = groups[g];
                    var failure = Option<ParquetInputError>.None;
                    if (!group.Skip)
                    {
                        failure = await (next ?? DecodeAsync(readers, group, buffers[current], part.Part.Name, chunks, ct));
                        next = null;
                    }

                    if (failure.Case is ParquetInputError corrupt)
                    {
                        yield return corrupt;
                        yield break;
                    }

                    var columns = buffers[current];
                    if (!group.Skip)
                    {
                        current = 1 - current;
                        next = NextDecode(readers, groups, g, buffers[current], part.Part.Name, chunks, ct);
                    }

                    done += group.Rows;
                    progress.IfSome(report => report(new ReadProgress(done, total)));
                    yield return new RowGroupBatch(part.Part, partIndex, group.Index, group.FirstRow, group.Rows, group.Skip,
                        group.Skip ? Seq<BatchColumn>() : columns);
                }
            }
            finally
            {
                // Never dispose the readers under a decode still running (the caller stopped early).
                if (next is not null)
                {
                    await next;
                }
            }
        }
    }

    private Seq<BatchColumn> NewColumns() => Columns.Map(c => new BatchColumn(c, Texts.Find(c.Name))).Strict();

    /// <summary>Starts decoding the first row group after <paramref name="after"/> that is not pruned, if any.</summary>
    private static Task<Option<ParquetInputError>>? NextDecode(
        PartReaders readers, RowGroupPlan[] groups, int after, Seq<BatchColumn> into, string file, System.Buffers.ArrayPool<byte> chunks, CancellationToken ct)
    {
        var following = System.Array.FindIndex(groups, after + 1, g => !g.Skip);
        return following < 0 ? null : DecodeAsync(readers, groups[following], into, file, chunks, ct);
    }

    private static async Task<Option<ParquetInputError>> DecodeAsync(
        PartReaders readers, RowGroupPlan group, Seq<BatchColumn> columns, string file, System.Buffers.ArrayPool<byte> chunks, CancellationToken ct)
    {
        try
        {
            return await readers.DecodeAsync(group.Index, group.Rows, columns, chunks, ct);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            // The footer reader's own failures (e.g. a row group that does not parse) are the file's, not ours.
            return ParquetInputError.Corrupt(file, $"row group {group.Index}: {e.Message}");
        }
    }
}
