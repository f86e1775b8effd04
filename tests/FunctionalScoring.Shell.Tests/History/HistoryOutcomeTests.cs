using FunctionalScoring.Core.Rules;
using FunctionalScoring.Shell.Jobs;
using FunctionalScoring.Shell.Tests.Conformance;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.History;

/// <summary>A history lets its checked dataset go once planned, and keeps what its view and files read.</summary>
public sealed class HistoryOutcomeTests
{
    [Fact]
    public async Task A_history_without_its_checked_dataset_keeps_its_accounting_baseline_names_and_warnings_and_refuses_the_dataset()
    {
        var rules = BuiltInRuleSets.Find("modern-work-2023-09").IfNone(() => throw new InvalidOperationException("rule set"));
        var full = (await HistoryJob.RunAsync(new HistoryRequest(ConformanceCases.Data("dense"), rules, None, 6))).IfLeft(m => throw new InvalidOperationException(m));
        var named = full.Checked.Dataset.PartnerIds.Find(id => full.Checked.Dataset.NameOf(id) != "").IfNone(() => throw new InvalidOperationException("the case names no partner"));

        var released = full.WithoutCheckedDataset();

        Assert.Equal(
            (full.Checked.Accounting, full.Checked.Dataset.Window.Baseline, full.Checked.Dataset.NameOf(named), full.Warnings, full.Partners, full.Changes),
            (released.Accounting, released.Baseline, released.NameOf(named), released.Warnings, released.Partners, released.Changes));
        Assert.NotEqual("", released.NameOf(named));
        Assert.Throws<InvalidOperationException>(() => released.Checked);
    }
}
