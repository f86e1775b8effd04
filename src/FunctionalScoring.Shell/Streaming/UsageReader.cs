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
        var opened = await ParquetTableStream.OpenAsync(usage, InputSchema.Usage, None, ct);
        if (opened.IsLeft)
        {
            return opened.Map(_ => Option<int>.None);
        }

        var floor = await FirstDayFloorAsync(usage, ct);
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

    /// <summary>The latest first day among the exact min and max statistics of every row group (<see cref="int.MinValue"/>: none).</summary>
    private static async Task<int> FirstDayFloorAsync(TableLocation usage, CancellationToken ct)
    {
        var floor = int.MinValue;
        var gate = new object();
        var survey = new RowGroupFilter("month", (min, max) =>
        {
            lock (gate)
            {
                floor = new[] { floor, min, max }.Where(day => day == floor || IsFirstDay(day)).Max();
            }

            return true;
        });
        await ParquetTableStream.OpenAsync(usage, Seq1(ColumnSpec.Date("month")), Some(survey), ct);
        return floor;
    }

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
