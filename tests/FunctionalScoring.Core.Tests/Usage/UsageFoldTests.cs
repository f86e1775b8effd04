using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Tests.Support;

using FunctionalScoring.Core.Usage;
using FunctionalScoring.Core.Validation;
using LanguageExt;
using Outcome = FunctionalScoring.Core.Validation.Outcome;

namespace FunctionalScoring.Core.Tests.Usage;

/// <summary>The usage fold (R2, R28, R29, the accounting): the rows decide, never how a reader cut them.</summary>
public sealed class UsageFoldTests
{
    /// <summary>
    /// The keystone of the one engine: the same rows, fed as one batch or cut into any number of
    /// batches of any size (row groups, part files), give the same scores, accounting, warnings and
    /// rejected rows (each still located in its own batch's file). Classified by whether a duplicate
    /// key's copies fell into different batches — the case that takes the fold's second pass.
    /// </summary>
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 200)]
    public Property Any_split_of_the_usage_rows_into_batches_gives_the_same_run(Split split)
    {
        var whole = split.Scenario.Run();
        var cut = Scoring.Run(TestRuleSets.Default, Cut(split.Scenario.Raw, split.Cuts), TestWindow.M)
            .IfLeft(e => throw new InvalidOperationException(e.Message));

        var same = whole.ScoreLines().SequenceEqual(cut.ScoreLines())
            && whole.Accounting.Lines.SequenceEqual(cut.Accounting.Lines)
            && whole.Warnings.SequenceEqual(cut.Warnings)
            && whole.Rejections.Map(r => Located(r, split.Cuts)).SequenceEqual(cut.Rejections);
        return same
            .Classify(DuplicatesAcrossBatches(split), "a duplicate key spans batches")
            .Classify(whole.Accounting.Rows(TableName.Usage, Outcome.Rejected) > 0, "rows rejected")
            .Classify(split.Cuts.Count > 1, "several batches");
    }

    [Fact]
    public void R28_a_clean_first_copy_in_an_earlier_batch_is_rejected_with_its_twin()
    {
        var scenario = Scenario.Empty.With(
            Row.Usage("T1", "Teams", TestWindow.MDay, 50, 5),
            Row.Usage("T2", "Teams", TestWindow.MDay, 50, 5),
            Row.Usage("T1", " teams ", TestWindow.MDay, 60, 6));

        var run = Scoring.Run(TestRuleSets.Default, Cut(scenario.Raw, Prelude.Seq(1, 2)), TestWindow.M).IfLeft(e => throw new InvalidOperationException(e.Message));

        Assert.Equal(
            [("part-0", 0L, RowReason.DuplicateUsageKey), ("part-1", 1L, RowReason.DuplicateUsageKey)],
            run.Rejections.Map(r => (r.SourceFile, r.Row, r.Reason)).ToArray());
        Assert.Equal([(Outcome.Used, RowReason.None, 1L), (Outcome.Rejected, RowReason.DuplicateUsageKey, 2L)], run.Lines(TableName.Usage));
    }

    [Fact]
    public void A_fold_that_still_owes_its_second_pass_refuses_to_finish()
    {
        var raw = Scenario.Empty.With(Row.Usage("T1", "Teams", TestWindow.MDay, 50, 5), Row.Usage("T1", "Teams", TestWindow.MDay, 50, 5)).Raw;
        var fold = UsageFold.Validate(TestRuleSets.Default);
        foreach (var (first, count) in new[] { (0, 1), (1, 1) })
        {
            fold.Add(new UsageBatch(
                raw.Usage.Tenant.Codes.AsSpan(first, count), raw.Usage.Workload.Codes.AsSpan(first, count), raw.Usage.Month.DayNumbers.AsSpan(first, count),
                raw.Usage.Pau.Values.AsSpan(first, count), [], raw.Usage.Mau.Values.AsSpan(first, count), [],
                raw.Usage.Tenant.Values, raw.Usage.Workload.Values, new BatchOrigin($"part-{first}", first, 0)));
        }

        Assert.True(fold.NeedsSecondPass);
        Assert.Throws<InvalidOperationException>(() => fold.Finish());
    }

    /// <summary>The usage rows cut into consecutive batches, batch i standing for file <c>part-i</c>.</summary>
    private static RawDataset Cut(RawDataset raw, Seq<int> sizes)
    {
        var starts = sizes.Scan(0, (start, size) => start + size).ToArray();
        return raw with
        {
            Usage = raw.Usage with
            {
                Sources = Prelude.toSeq(sizes.Select((size, i) => new SourceSpan($"part-{i}", starts[i], size, 0, 0))),
            },
        };
    }

    /// <summary>A rejection of the uncut table (rows numbered in the whole table) as it reads in the cut one.</summary>
    private static Rejection Located(Rejection rejection, Seq<int> sizes)
    {
        if (rejection.Table != TableName.Usage)
        {
            return rejection;
        }

        var (batch, start) = (0, 0L);
        while (rejection.Row >= start + sizes[batch])
        {
            start += sizes[batch++];
        }

        return rejection with { SourceFile = $"part-{batch}", Row = rejection.Row - start };
    }

    private static bool DuplicatesAcrossBatches(Split split)
    {
        var batchOf = split.Cuts.SelectMany((size, i) => Enumerable.Repeat(i, size)).ToArray();
        return split.Scenario.Usage
            .Select((row, index) => (Key: (row.TenantId, Workload: row.Workload?.Trim().ToUpperInvariant(), row.Month), Batch: batchOf[index]))
            .GroupBy(r => r.Key)
            .Any(g => g.Count() > 1 && g.Select(r => r.Batch).Distinct().Count() > 1);
    }
}
