using FunctionalScoring.Core;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Shell.Frames;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Tests.Conformance;
using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Tests.Frames;

/// <summary>The notebook boundary: a dataset as DataFrames of real values, scored exactly as its Parquet files are.</summary>
public sealed class InputFramesTests
{
    [Theory]
    [InlineData("bad")]
    [InlineData("plain")]
    public async Task A_dataset_read_into_frames_scores_as_its_files_do(string name)
    {
        var rules = BuiltInRuleSets.Default;
        var frames = (await InputFrames.ReadAsync(ConformanceCases.Data(name))).IfLeft(e => throw new InvalidOperationException(e));
        var direct = (await DatasetLoader.LoadAsync(ConformanceCases.Data(name))).IfLeft(e => throw new InvalidOperationException(e.Message));

        var fromFrames = Scoring.Run(rules, frames.ToRaw().IfLeft(e => throw new InvalidOperationException(e))).IfLeft(e => throw new InvalidOperationException(e.Message));
        var fromFiles = Scoring.Run(rules, direct.Raw).IfLeft(e => throw new InvalidOperationException(e.Message));

        Assert.Equal(fromFiles.Partners.ToArray(), fromFrames.Partners.ToArray());
        Assert.Equal(fromFiles.Accounting.Lines.ToArray(), fromFrames.Accounting.Lines.ToArray());
    }

    [Fact]
    public async Task Frames_hold_values_not_codes()
    {
        var frames = (await InputFrames.ReadAsync(ConformanceCases.Data("plain"))).IfLeft(e => throw new InvalidOperationException(e));

        Assert.Equal(
            (typeof(string), typeof(DateTime), typeof(long)),
            (frames.Usage["tenant_id"].DataType, frames.Usage["month"].DataType, frames.Usage["paid_available_units"].DataType));
    }

    [Fact]
    public void R27_a_frame_with_a_mistyped_column_is_an_error_naming_it()
    {
        var usage = new DataFrame(
            new StringDataFrameColumn("tenant_id", ["T1"]), new StringDataFrameColumn("workload", ["Teams"]),
            new StringDataFrameColumn("month", ["2025-06-01"]), new Int64DataFrameColumn("paid_available_units", [5L]), new Int64DataFrameColumn("monthly_active_users", [1L]));
        var empty = InputFrames.FromRaw(Core.Input.RawRows.ToRaw([], [], [], []));

        var raw = (empty with { Usage = usage }).ToRaw();

        Assert.Equal("table 'usage', column 'month': expected date (DateTime), found String", raw.Match(_ => "", e => e));
    }
}
