using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Shell.Merging;
using FunctionalScoring.Shell.Outputs;
using FunctionalScoring.Shell.Tests.Parquet;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Outputs;

/// <summary>evidence.parquet written a chunk of partners at a time, each chunk in the background, as typed columns.</summary>
public sealed class EvidenceFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task However_partners_are_chunked_the_bytes_are_the_same()
    {
        Seq<Evidence>[] partners = [Rows("P1", 2), Rows("P2", 0), Rows("P3", 4), Rows("P4", 1), Rows("P5", 3)];
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

    /// <summary>The library's evidence DataFrame holds the file's values: written as a table, it gives the same bytes.</summary>
    [Fact]
    public async Task The_evidence_data_frame_written_as_a_table_gives_the_bytes_of_the_evidence_file()
    {
        Seq<Evidence>[] partners = [Rows("P1", 2), Rows("P2", 4), Rows("P3", 1)];
        var streamed = folder.File("streamed.parquet");
        var framed = folder.File("framed.parquet");

        await using (var file = await EvidenceFile.CreateAsync(streamed, rowGroupSize: 3))
        {
            await file.AddAsync(partners);
            await file.CompleteAsync();
        }

        await EvidenceFile.WriteAsync(ResultFrames.Evidence(partners.ToSeq().Bind(p => p)), framed, rowGroupSize: 3);

        Assert.Equal(File.ReadAllBytes(streamed), File.ReadAllBytes(framed));
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

    /// <summary>
    /// One row of each kind, read back as the merge reads it: every fact a typed column, months as
    /// DATE (first day), and null wherever the row's kind has no such fact.
    /// </summary>
    [Fact]
    public async Task Each_kind_is_written_as_typed_columns_with_null_where_it_has_no_such_fact()
    {
        var june = Month.Of(2025, 6);
        var path = folder.File("evidence.parquet");
        Evidence[] rows =
        [
            Sample.Customer with { Via = AssociationType.CPOR, TenantId = "t1", Workload = "Teams", Month = june, Contribution = 1, ClaimMonth = Month.Of(2024, 10), Pau = 150L, Mau = 40L },
            Sample.Person with { Metric = Metric.AdvancedCertifications, PersonId = "A", Certification = "Microsoft 365 Certified: Enterprise Administrator Expert", Month = june, Contribution = 1 },
            Sample.Growth with { Via = AssociationType.CSP, Reported = false, TenantId = "t2", Workload = "Exchange", Month = june, Contribution = 250, ClaimMonth = Month.Of(2024, 10), StartMonth = Month.Of(2024, 10), MauAtStart = 150L, Pau = 500L, Mau = 400L, Lost = false },
            Sample.Deployment with { Via = AssociationType.CSP, TenantId = "t3", Workload = "Intune", Month = june, Contribution = 0, ClaimMonth = Month.Of(2024, 9), Pau = 100L, Mau = 60L, ExcludedByR18 = true },
        ];

        await using (var file = await EvidenceFile.CreateAsync(path))
        {
            await file.AddAsync([rows.ToSeq()]);
            await file.CompleteAsync();
        }

        var frame = (await OutputFileReader.ReadAsync(path, OutputFiles.EvidenceSchema)).IfLeft(e => throw new InvalidOperationException(e.ToString()));
        DateOnly Day(int year, int month) => new(year, month, 1);
        object?[][] expected =
        [
            ["P1", "SMB", "NetCustomerAdds", "Customer", "CPOR", true, "t1", "Teams", null, null, Day(2025, 6), 1L, Day(2024, 10), null, null, 150L, 40L, null, null, null],
            ["P1", "SMB", "AdvancedCertifications", "Person", null, true, null, null, "A", "Microsoft 365 Certified: Enterprise Administrator Expert", Day(2025, 6), 1L, null, null, null, null, null, null, null, null],
            ["P1", "SMB", "UsageGrowth", "PairGrowth", "CSP", false, "t2", "Exchange", null, null, Day(2025, 6), 250L, Day(2024, 10), Day(2024, 10), 150L, 500L, 400L, null, null, false],
            ["P1", "SMB", "Deployments", "Deployment", "CSP", true, "t3", "Intune", null, null, Day(2025, 6), 0L, Day(2024, 9), null, null, 100L, 60L, 0.6, true, null],
        ];
        Assert.Equal(expected, frame.Rows.Select(r => r.ToArray()).ToArray());
    }

    private static Seq<Evidence> Rows(string partnerId, int count) =>
        Enumerable.Range(0, count).Select(i => Sample.Deployment with
        {
            PartnerId = partnerId,
            Via = AssociationType.CSP,
            Reported = i % 2 == 0,
            TenantId = $"t{i}",
            Workload = "Teams",
            Month = Month.Of(2025, 6),
            Contribution = 1,
            ClaimMonth = Month.Of(2023, 1),
            Pau = 100L,
            Mau = 50L + i,
            ExcludedByR18 = false,
        }).ToSeq();

    /// <summary>A row of each kind with every optional fact absent, to be filled in with <c>with</c>.</summary>
    private static class Sample
    {
        public static readonly Evidence Customer = Empty(Metric.NetCustomerAdds, EvidenceKind.Customer);
        public static readonly Evidence Person = Empty(Metric.IntermediateCertifications, EvidenceKind.Person);
        public static readonly Evidence Growth = Empty(Metric.UsageGrowth, EvidenceKind.PairGrowth);
        public static readonly Evidence Deployment = Empty(Metric.Deployments, EvidenceKind.Deployment);

        private static Evidence Empty(Metric metric, EvidenceKind kind) =>
            new("P1", PathName.SMB, metric, kind, None, Reported: true, None, None, None, None, Month.Of(2025, 6), 0, None, None, None, None, None, None, None);
    }
}
