using FunctionalScoring.Generation;
using static FunctionalScoring.Generation.ParquetFixture;

namespace FunctionalScoring.Shell.Tests.CommandLine;

/// <summary>
/// A tiny valid dataset written as real Parquet files in a temporary folder, as of 2025-06: one
/// partner with one tenant through CPOR, usage for B and M. Each bad-input case overwrites one
/// table with a broken variant.
/// </summary>
public sealed class SmallDataset : IDisposable
{
    public static readonly DateOnly B = new(2024, 6, 1);
    public static readonly DateOnly M = new(2025, 6, 1);

    public SmallDataset()
    {
        Directory.CreateDirectory(Data);
        Associations();
        Usage();
        Certifications();
        Write(Path.Combine(Data, "partners.parquet"), Column("partner_id", FixtureType.Utf8, "P1"), Column("partner_name", FixtureType.Utf8, "Partner One"));
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "fs-small-" + Guid.NewGuid().ToString("N"));

    public string Data => Path.Combine(Root, "data");

    public string Out => Path.Combine(Root, "out");

    public string File(string table) => Path.Combine(Data, table + ".parquet");

    public void Associations(params (string? Partner, string? Tenant, string? Workload, string? Type, DateOnly? On, DateOnly? Ended)[] extra)
    {
        var rows = new[] { ((string?)"P1", (string?)"T1", (string?)"Teams", (string?)"CPOR", (DateOnly?)new DateOnly(2023, 1, 10), (DateOnly?)null) }.Concat(extra).ToArray();
        Write(
            File("associations"),
            Column("partner_id", FixtureType.Utf8, [.. rows.Select(r => r.Item1)]),
            Column("tenant_id", FixtureType.Utf8, [.. rows.Select(r => r.Item2)]),
            Column("workload", FixtureType.Utf8, [.. rows.Select(r => r.Item3)]),
            Column("association_type", FixtureType.Utf8, [.. rows.Select(r => r.Item4)]),
            Column("associated_on", FixtureType.Date, [.. rows.Select(r => (object?)r.Item5)]),
            Column("ended_on", FixtureType.Date, [.. rows.Select(r => (object?)r.Item6)]));
    }

    public void Usage(params (string? Tenant, string? Workload, DateOnly? Month, long? Pau, long? Mau)[] extra)
    {
        var rows = new[] { ((string?)"T1", (string?)"Teams", (DateOnly?)B, (long?)500, (long?)100), ("T1", "Teams", M, 500, 400) }.Concat(extra).ToArray();
        Write(
            File("usage"),
            Column("tenant_id", FixtureType.Utf8, [.. rows.Select(r => r.Item1)]),
            Column("workload", FixtureType.Utf8, [.. rows.Select(r => r.Item2)]),
            Column("month", FixtureType.Date, [.. rows.Select(r => (object?)r.Item3)]),
            Column("paid_available_units", FixtureType.Int64, [.. rows.Select(r => (object?)r.Item4)]),
            Column("monthly_active_users", FixtureType.Int64, [.. rows.Select(r => (object?)r.Item5)]));
    }

    public void Certifications() =>
        Write(
            File("certifications"),
            Column("partner_id", FixtureType.Utf8, "P1"),
            Column("person_id", FixtureType.Utf8, "E1"),
            Column("certification", FixtureType.Utf8, "MS-700"),
            Column("earned_on", FixtureType.Date, new DateOnly(2024, 1, 1)),
            Column("expires_on", FixtureType.Date, [null]));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
