using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Streaming;

/// <summary>Streams the usage table through a <see cref="UsageStream"/>.</summary>
internal static class UsageReader
{
    public static async Task<Either<ParquetInputError, (UsageFacts Facts, Seq<InputFileRecord> Files)>> ReadAsync(
        TableLocation usage, RuleSet rules, EvaluationWindow window, int tenantCount, Func<string, int> cellTenant, Action<ReadProgress> progress, CancellationToken ct)
    {
        var filter = Some(new RowGroupFilter("month", (min, max) => max >= window.Baseline.FirstDay.DayNumber && min <= window.AsOf.LastDay.DayNumber));
        var opened = await ParquetTableStream.OpenAsync(usage, InputSchema.Usage, filter, ct);
        if (opened.Case is not ParquetTableStream stream)
        {
            return (ParquetInputError)opened.Case;
        }

        var state = new UsageStream(rules, window, tenantCount, cellTenant);
        await foreach (var batch in stream.ReadAsync(Some(progress), ct))
        {
            if (batch.Case is ParquetInputError error)
            {
                return error;
            }

            state.Consume((RowGroupBatch)batch.Case);
        }

        if (state.LateFirstCopies.Count > 0)
        {
            var again = await SecondPassAsync(usage, filter, state, ct);
            if (again.IsSome)
            {
                return again.IfNone(default(ParquetInputError)!);
            }
        }

        return (state.Facts(), stream.Files.Map(f => new InputFileRecord("usage", f.Name, f.Rows)));
    }

    /// <summary>
    /// The latest day number of the month column that is a first day (R2), reading that column alone.
    /// Exact DATE statistics name two values each row group really holds (its min and max): the
    /// latest first day among them is a floor, and only row groups whose max lies above it (or that
    /// have no such statistics) can hold a later one, so only those are read.
    /// </summary>
    public static async Task<Either<ParquetInputError, Option<int>>> LatestFirstDayAsync(TableLocation usage, CancellationToken ct)
    {
        // Checking every footer against the whole schema first (R27) also surveys the statistics;
        // the planner shows them one row group at a time.
        var floor = int.MinValue;
        var survey = new RowGroupFilter("month", (min, max) =>
        {
            floor = Math.Max(floor, LatestFirstDay(min, max));
            return true;
        });
        var opened = await ParquetTableStream.OpenAsync(usage, InputSchema.Usage, Some(survey), ct);
        if (opened.IsLeft)
        {
            return opened.Map(_ => Option<int>.None);
        }

        var months = await ParquetTableStream.OpenAsync(usage, Seq1(ColumnSpec.Date("month")), Some(new RowGroupFilter("month", (_, max) => max > floor)), ct);
        if (months.Case is not ParquetTableStream stream)
        {
            return (ParquetInputError)months.Case;
        }

        var latest = floor;
        await foreach (var batch in stream.ReadAsync(None, ct))
        {
            if (batch.Case is ParquetInputError error)
            {
                return error;
            }

            var group = (RowGroupBatch)batch.Case;
            if (group.Skipped)
            {
                continue;
            }

            var column = group.Column("month");
            var values = column.Int32Values;
            var present = column.HasValue;
            for (var i = 0; i < values.Length; i++)
            {
                if (present[i] && values[i] > latest && IsFirstDay(values[i]))
                {
                    latest = values[i];
                }
            }
        }

        return latest == int.MinValue ? None : Some(latest);
    }

    /// <summary>The later of <paramref name="min"/> and <paramref name="max"/> that is a first day (<see cref="int.MinValue"/>: neither).</summary>
    private static int LatestFirstDay(int min, int max) =>
        IsFirstDay(max) ? max : IsFirstDay(min) ? min : int.MinValue;

    private static bool IsFirstDay(int dayNumber) => DateOnly.FromDayNumber(dayNumber).Day == 1;

    private static async Task<Option<ParquetInputError>> SecondPassAsync(TableLocation usage, Option<RowGroupFilter> filter, UsageStream state, CancellationToken ct)
    {
        var opened = await ParquetTableStream.OpenAsync(usage, InputSchema.Usage, filter, ct);
        if (opened.Case is not ParquetTableStream stream)
        {
            return (ParquetInputError)opened.Case;
        }

        var start = 0;
        await foreach (var batch in stream.ReadAsync(None, ct))
        {
            if (batch.Case is ParquetInputError error)
            {
                return error;
            }

            var group = (RowGroupBatch)batch.Case;
            if (!group.Skipped)
            {
                state.CollectLateFirstCopies(group, start);
                start += group.RowCount;
            }
        }

        return None;
    }
}
