using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Tests.Parquet;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Outputs;

/// <summary>evidence.parquet written a chunk of partners at a time, each chunk in the background.</summary>
public sealed class EvidenceFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task However_partners_are_chunked_the_bytes_are_the_same()
    {
        EvidenceRow[][] partners = [Rows("P1", 2), Rows("P2", 0), Rows("P3", 4), Rows("P4", 1), Rows("P5", 3)];
        var whole = folder.File("whole.parquet");
        var chunked = folder.File("chunked.parquet");

        await using (var file = await EvidenceFile.CreateAsync(whole, rowGroupSize: 3))
        {
            await file.AddAsync(partners);
            await file.CompleteAsync();
        }

        await using (var file = await EvidenceFile.CreateAsync(chunked, rowGroupSize: 3))
        {
            await file.AddAsync(partners[..1]);
            await file.AddAsync(partners[1..4]);
            await file.AddAsync([]);
            await file.AddAsync(partners[4..]);
            await file.CompleteAsync();
        }

        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(chunked));
    }

    [Fact]
    public async Task A_file_given_up_while_a_chunk_is_being_written_leaves_nothing_behind()
    {
        await using (var file = await EvidenceFile.CreateAsync(folder.File("evidence.parquet"), rowGroupSize: 2))
        {
            await file.AddAsync([Rows("P1", 5), Rows("P2", 5)]);
        }

        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    private static EvidenceRow[] Rows(string partnerId, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new EvidenceRow(partnerId, PathName.SMB, Metric.Deployments, Reported: i % 2 == 0,
            new Evidence(EvidenceKind.Deployment, Some(AssociationType.CSP), $"t{i}", "Teams", "", "2025-06", Contribution: 1, Detail: $"tenant t{i} deployed")))];
}
