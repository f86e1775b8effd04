using System.Globalization;
using FunctionalScoring.Core;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Merging;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Parquet;
using FunctionalScoring.Shell.Tests.CommandLine;
using FunctionalScoring.Shell.Tests.Outputs;
using FunctionalScoring.Shell.Tests.Parquet;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Jobs;

/// <summary>generate → score through the CLI → read the output Parquet back and compare with the core's own results (scores and evidence) for the same rows.</summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "fs-e2e-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Generated_data_scored_by_the_cli_reads_back_as_the_core_computed_it()
    {
        var data = Path.Combine(root, "data");
        var output = Path.Combine(root, "out");
        await SyntheticDataset.WriteAsync(new GeneratorOptions(Partners: 12, Seed: 5, TenantsPerPartner: 6, Workloads: 5), data);
        var (exit, _, errors) = await CliRunner.RunAsync("score", "--data", data, "--out", output);
        Assert.True(exit == 0, errors);

        var loaded = (await DatasetLoader.LoadAsync(data)).IfLeft(e => throw new InvalidOperationException(e.Message));
        var run = Scoring.Run(BuiltInRuleSets.Default, loaded.Raw).IfLeft(e => throw new InvalidOperationException(e.Message));

        var expectedSummary = run.Partners.Map(p => string.Join(",", p.PartnerId, p.ReportedPath, p.Qualified, Points(p.Path(Core.Domain.PathName.Enterprise).Total), Points(p.Path(Core.Domain.PathName.SMB).Total), Points(p.Reported.PointsToQualify)));
        var summary = (await OutputFileReader.ReadAsync(Path.Combine(output, "summary.parquet"), OutputFiles.SummarySchema)).IfLeft(e => throw new InvalidOperationException(e.ToString()));
        var actualSummary = summary.Rows.Select(r => string.Join(",", r["partner_id"], r["reported_path"], r["qualified"], Points((decimal)r["enterprise_total"]), Points((decimal)r["smb_total"]), Points((decimal)r["points_to_qualify"])));
        Assert.Equal(expectedSummary.ToArray(), actualSummary.ToArray());

        var scorecardRows = run.Partners.Sum(p => p.Paths.Sum(path => path.Metrics.Count));
        Assert.Equal(scorecardRows, (int)(await Loaded.TableAsync(output, "scorecard", ColumnSpec.Text("metric"))).Count);
        var expectedEvidence = run.Partners.Bind(p => PartnerEvidence.Of(run.Rules, run.Checked.Dataset, p.PartnerId)).Map(EvidenceValues.Of).ToArray();
        var evidence = (await OutputFileReader.ReadAsync(Path.Combine(output, "evidence.parquet"), OutputFiles.EvidenceSchema)).IfLeft(e => throw new InvalidOperationException(e.ToString()));
        Assert.Equal(expectedEvidence, evidence.Rows.Select(r => r.ToArray()).ToArray());
        var rejects = (await OutputFileReader.ReadAsync(Path.Combine(output, "rejects.parquet"), OutputFiles.RejectsSchema)).IfLeft(e => throw new InvalidOperationException(e.ToString()));
        var fileRows = rejects.Rows.Select(r => $"{r["table"]}|{r["source_file"]}|{r["row"]}|{r["reason"]}").ToHashSet();
        var coreRows = run.Rejections.Map(r => $"{r.Table.ToString().ToLowerInvariant()}|{r.SourceFile}|{r.Row}|{FunctionalScoring.Core.Validation.RowReasons.Describe(r.Reason)}").ToHashSet();
        Assert.Equal(coreRows.Order(StringComparer.Ordinal).ToArray(), fileRows.Order(StringComparer.Ordinal).ToArray());
        Assert.True(expectedEvidence.Length > 0 && run.Rejections.Count > 0, "the generated data exercises evidence and rejections");
    }

    private static string Points(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
