using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Usage;
using FunctionalScoring.Core.Validation;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Reading;

/// <summary>
/// What a run asks of a dataset folder: the rule sets to check it under (one fold each, one read),
/// the as-of month (R2's default when None), how many months back to evaluate (R30: 1 for
/// <c>score</c>) and which partners' usage to keep (all by default; a shard or one partner keep less,
/// while every row is still checked and counted).
/// </summary>
public sealed record ReadRequest(string DataDirectory, Seq<RuleSet> RuleSets, Option<Month> AsOf, int Months = 1, Func<string, bool>? KeepsPartner = null)
{
    /// <summary>
    /// <see cref="Months"/>, or more when a rule set's qualification window is longer: every run under
    /// a window of W months evaluates those W months (R32), whatever the command.
    /// </summary>
    public int MonthsToEvaluate => RuleSets.Map(r => r.Parameters.QualificationWindowMonths).Fold(Months, Math.Max);
}

/// <summary>A dataset read under one rule set: the checked small tables and the usage facts of the evaluated months.</summary>
public sealed record ReadDataset(RuleSet Rules, EvaluationMonths Months, CheckedSmallTables SmallTables, UsageFacts Usage, IReadOnlyList<InputFileRecord> Inputs)
{
    /// <summary>The checked dataset as of one of the evaluated months.</summary>
    public CheckedDataset At(Month asOf) =>
        Months.Covers(asOf) && asOf >= Months.First
            ? DatasetChecks.Assemble(Rules, new EvaluationWindow(asOf), SmallTables, Usage)
            : throw new ArgumentOutOfRangeException(nameof(asOf), $"{asOf} is not one of the evaluated months {Months.First}…{Months.Last}");

    /// <summary>As of the last evaluated month: what <c>score</c> reports.</summary>
    public CheckedDataset Latest => At(Months.Last);
}

/// <summary>
/// The one path from a dataset folder to checked facts, for every command: the small tables read
/// whole and checked first (they say which usage cells the rules read), the as-of month resolved
/// (R2), then the usage table streamed once through the core's <see cref="UsageFold"/>.
/// </summary>
public static class DatasetReader
{
    public static async Task<Either<string, Seq<ReadDataset>>> ReadAsync(ReadRequest request, Action<string, ReadProgress>? progress = null, CancellationToken ct = default)
    {
        var opened = await OpenAsync(request.DataDirectory, progress, ct);
        if (opened.Case is not (RawDataset raw, Seq<InputFileRecord> smallInputs, TableLocation location))
        {
            return (string)opened.Case;
        }

        // Checked at once: nothing after this needs the raw tables.
        var checkedTables = request.RuleSets.Map(rules => DatasetChecks.CheckSmallTables(rules, raw)).Strict();
        var asOf = request.AsOf.IsSome ? Right<string, Month>(request.AsOf.IfNone(default(Month))) : await LatestMonth.ReadAsync(location, ct);
        if (asOf.Case is not Month last)
        {
            return (string)asOf.Case;
        }

        Diagnostics.MemoryProfile.Mark("small tables read and checked");
        var months = EvaluationMonths.Ending(last, request.MonthsToEvaluate);
        var folds = request.RuleSets.Zip(checkedTables)
            .Map(p => UsageFold.Start(p.Item1, months, DatasetChecks.PlanCells(p.Item1, p.Item2, months, request.KeepsPartner)))
            .ToArray();
        Diagnostics.MemoryProfile.Mark("usage cells planned");
        var read = await UsageFolding.FoldAsync(location, Some(months), folds, p => progress?.Invoke("usage", p), ct);
        if (read.Case is not Seq<InputFileRecord> usageInputs)
        {
            return ((ParquetInputError)read.Case).Message;
        }

        Diagnostics.MemoryProfile.Mark("usage folded");
        var inputs = SmallTables.InTableOrder(smallInputs + usageInputs);
        return toSeq(request.RuleSets.Zip(checkedTables).Zip(folds)
            .Select(p => new ReadDataset(p.Item1.Item1, months, p.Item1.Item2, p.Item2.Finish(), inputs))
            .ToArray());
    }

    /// <summary>One rule set's read; see <see cref="ReadAsync(ReadRequest, Action{string, ReadProgress}?, CancellationToken)"/>.</summary>
    public static async Task<Either<string, ReadDataset>> ReadAsync(
        string dataDirectory, RuleSet rules, Option<Month> asOf, int months = 1, Func<string, bool>? keepsPartner = null, Action<string, ReadProgress>? progress = null, CancellationToken ct = default) =>
        (await ReadAsync(new ReadRequest(dataDirectory, Seq1(rules), asOf, months, keepsPartner), progress, ct)).Map(read => read.Head);

    /// <summary>
    /// <c>validate</c>: every row of every table checked (R28) over every month (no window, R29
    /// ignores nothing), the accounting and every rejection; nothing is kept for scoring.
    /// </summary>
    public static async Task<Either<string, (Accounting Accounting, Seq<Rejection> Rejections, IReadOnlyList<InputFileRecord> Inputs)>> ValidateAsync(
        string dataDirectory, RuleSet rules, Action<string, ReadProgress>? progress = null, CancellationToken ct = default)
    {
        var opened = await OpenAsync(dataDirectory, progress, ct);
        if (opened.Case is not (RawDataset raw, Seq<InputFileRecord> smallInputs, TableLocation location))
        {
            return (string)opened.Case;
        }

        var fold = UsageFold.Validate(rules);
        var read = await UsageFolding.FoldAsync(location, None, [fold], p => progress?.Invoke("usage", p), ct);
        if (read.Case is not Seq<InputFileRecord> usageInputs)
        {
            return ((ParquetInputError)read.Case).Message;
        }

        var checkedTables = DatasetChecks.CheckSmallTables(rules, raw);
        var facts = fold.Finish();
        return (checkedTables.AccountingWith(facts.CountsByReason), checkedTables.RejectionsWith(facts.Rejections), SmallTables.InTableOrder(smallInputs + usageInputs));
    }

    /// <summary>The small tables read whole, and where the usage table is; or the message of the first that cannot be read.</summary>
    private static async Task<Either<string, (RawDataset Raw, Seq<InputFileRecord> Inputs, TableLocation Usage)>> OpenAsync(
        string dataDirectory, Action<string, ReadProgress>? progress, CancellationToken ct)
    {
        var small = await SmallTables.LoadAsync(dataDirectory, progress, ct);
        if (small.Case is not (RawDataset raw, Seq<InputFileRecord> inputs))
        {
            return ((ParquetInputError)small.Case).Message;
        }

        var usage = TableLocation.Find(dataDirectory, "usage");
        return usage.Case is TableLocation location ? (raw, inputs, location) : ((ParquetInputError)usage.Case).Message;
    }
}
