using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Reading;

/// <summary>
/// R2 without a given month, read from the month column alone. The core's <see cref="AsOfMonth"/>
/// decides: exact DATE statistics give a floor (<see cref="AsOfMonth.FloorOf"/>), only row groups
/// that may raise it are read (<see cref="AsOfMonth.MayRaise"/>), their days folded by
/// <see cref="AsOfMonth.Latest(ReadOnlySpan{int}, int)"/>.
/// </summary>
internal static class LatestMonth
{
    public static async Task<Either<string, Month>> ReadAsync(TableLocation usage, CancellationToken ct)
    {
        // Checking every footer against the whole schema first (R27) also surveys the statistics.
        var floor = AsOfMonth.NoDay;
        var survey = new RowGroupFilter("month", (min, max) =>
        {
            floor = Math.Max(floor, AsOfMonth.FloorOf(min, max));
            return true;
        });
        var checkedFooters = await ParquetTableStream.OpenAsync(usage, InputSchema.Usage, Some(survey), ct);
        if (checkedFooters.Case is ParquetInputError invalid)
        {
            return invalid.Message;
        }

        var opened = await ParquetTableStream.OpenAsync(usage, Seq1(ColumnSpec.Date("month")), Some(new RowGroupFilter("month", (_, max) => AsOfMonth.MayRaise(floor, max))), ct);
        if (opened.Case is not ParquetTableStream stream)
        {
            return ((ParquetInputError)opened.Case).Message;
        }

        var latest = floor;
        await foreach (var batch in stream.ReadAsync(None, ct))
        {
            if (batch.Case is ParquetInputError error)
            {
                return error.Message;
            }

            var group = (RowGroupBatch)batch.Case;
            if (!group.Skipped)
            {
                latest = AsOfMonth.Latest(group.Column("month").Int32Values, latest);
            }
        }

        return AsOfMonth.Of(latest).ToEither(RunError.NoAsOfMonth().Message);
    }
}
