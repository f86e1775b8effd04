using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Usage;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Reading;

/// <summary>
/// Feeds the usage table to the core's <see cref="UsageFold"/>s, row group by row group: the shell's
/// half of the one engine. Row groups whose DATE statistics lie outside every evaluated window are
/// counted unread (R29, the core decides which); several folds (one per rule set) share one read.
/// </summary>
internal static class UsageFolding
{
    public static async Task<Either<ParquetInputError, Seq<InputFileRecord>>> FoldAsync(
        TableLocation usage, Option<EvaluationMonths> months, IReadOnlyList<UsageFold> folds, Action<ReadProgress>? progress, CancellationToken ct)
    {
        var filter = months.Map(m => new RowGroupFilter("month", m.MayHoldRows));
        var opened = await ParquetTableStream.OpenAsync(usage, InputSchema.Usage, filter, ct);
        if (opened.Case is not ParquetTableStream stream)
        {
            return (ParquetInputError)opened.Case;
        }

        var folding = System.Diagnostics.Stopwatch.StartNew();
        folding.Stop();
        var failure = await ReadAsync(stream, progress, group =>
        {
            folding.Start();
            using var stop = new StopOnDispose(folding);
            foreach (var fold in folds)
            {
                if (group.Skipped)
                {
                    fold.SkipOutsideWindow(group.RowCount);
                }
                else
                {
                    fold.Add(UsageBatches.Of(group));
                }
            }
        }, ct);
        Diagnostics.MemoryProfile.Note($"folding took {folding.Elapsed.TotalSeconds:0.00} s of the read");
        if (failure.IsSome)
        {
            return failure.IfNone(default(ParquetInputError)!);
        }

        var again = folds.Where(f => f.NeedsSecondPass).ToArray();
        if (again.Length > 0)
        {
            // R28: the first copies of keys found duplicated in a later row group, read again.
            var reopened = await ParquetTableStream.OpenAsync(usage, InputSchema.Usage, filter, ct);
            if (reopened.Case is not ParquetTableStream second)
            {
                return (ParquetInputError)reopened.Case;
            }

            var secondFailure = await ReadAsync(second, null, group =>
            {
                if (!group.Skipped)
                {
                    foreach (var fold in again)
                    {
                        fold.AddAgain(UsageBatches.Of(group));
                    }
                }
            }, ct);
            if (secondFailure.IsSome)
            {
                return secondFailure.IfNone(default(ParquetInputError)!);
            }
        }

        return stream.Files.Map(f => new InputFileRecord("usage", f.Name, f.Opened ? f.Rows : null)).Strict();
    }

    private static async Task<Option<ParquetInputError>> ReadAsync(ParquetTableStream stream, Action<ReadProgress>? progress, Action<RowGroupBatch> consume, CancellationToken ct)
    {
        await foreach (var batch in stream.ReadAsync(Optional(progress), ct))
        {
            if (batch.Case is ParquetInputError error)
            {
                return error;
            }

            consume((RowGroupBatch)batch.Case);
        }

        return None;
    }
}

/// <summary>Stops a stopwatch when disposed.</summary>
internal readonly struct StopOnDispose(System.Diagnostics.Stopwatch watch) : IDisposable
{
    public void Dispose() => watch.Stop();
}
