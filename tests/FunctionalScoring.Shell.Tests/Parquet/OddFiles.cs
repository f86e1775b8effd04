using System.Text;
using FunctionalScoring.Generation;
using Parquet;
using Parquet.Schema;
using static FunctionalScoring.Generation.ParquetFixture;

namespace FunctionalScoring.Shell.Tests.Parquet;

/// <summary>
/// Valid Parquet files of shapes <see cref="ParquetFixture"/> does not write: a repeated or nested column where a
/// flat one is expected, and two columns of the same name (other writers allow it; Parquet.Net does not).
/// </summary>
public static class OddFiles
{
    /// <summary>
    /// A usage file whose <c>tenant_id</c> appears twice. Written with a stand-in name of the same length
    /// (<c>tenant_iX</c>), which is then renamed in place: every name in the footer is length-prefixed, so the
    /// file stays valid, and no value of the file contains the stand-in.
    /// </summary>
    public static void UsageWithDuplicateTenantColumn(string path)
    {
        Write(
            path,
            Column("tenant_id", FixtureType.Utf8, "T1"), Column("workload", FixtureType.Utf8, "Teams"), Column("tenant_iX", FixtureType.Utf8, "T9"),
            Column("month", FixtureType.Date, new DateOnly(2025, 6, 1)),
            Column("paid_available_units", FixtureType.Int64, 500L), Column("monthly_active_users", FixtureType.Int64, 400L));
        var bytes = File.ReadAllBytes(path);
        var (standIn, name) = (Encoding.ASCII.GetBytes("tenant_iX"), Encoding.ASCII.GetBytes("tenant_id"));
        var renamed = 0;
        for (var at = bytes.AsSpan().IndexOf(standIn); at >= 0; at = Next(bytes, standIn, at))
        {
            name.CopyTo(bytes, at);
            renamed++;
        }

        if (renamed == 0)
        {
            throw new InvalidOperationException("the stand-in column name was not found in the footer");
        }

        File.WriteAllBytes(path, bytes);
    }

    /// <summary>A usage file whose <c>tenant_id</c> is a list of strings (repeated), one per row.</summary>
    public static async Task UsageWithRepeatedTenantColumnAsync(string path)
    {
        var tenant = new DataField("tenant_id", typeof(string), isNullable: true, isArray: true);
        var fields = new[]
        {
            tenant, new DataField<string>("workload"), new DataField<DateOnly?>("month"),
            new DataField<long?>("paid_available_units"), new DataField<long?>("monthly_active_users"),
        };
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(tenant, ["T1"], new ReadOnlyMemory<int>([0]));
        await group.WriteAsync(fields[1], ["Teams"]);
        await group.WriteAsync<DateOnly>(fields[2], new DateOnly?[] { new(2025, 6, 1) }.AsMemory());
        await group.WriteAsync<long>(fields[3], new long?[] { 500 }.AsMemory());
        await group.WriteAsync<long>(fields[4], new long?[] { 400 }.AsMemory());
    }

    /// <summary>A usage file whose <c>tenant_id</c> is a struct holding the id.</summary>
    public static Task UsageWithStructTenantColumnAsync(string path) =>
        global::Parquet.Serialization.ParquetSerializer.SerializeAsync(
            new[] { new NestedUsage { tenant_id = new TenantId { id = "T1" }, workload = "Teams", month = new DateOnly(2025, 6, 1), paid_available_units = 500, monthly_active_users = 400 } },
            path);

#pragma warning disable IDE1006, CA1707 // the column names of §7, as properties
    private sealed class NestedUsage
    {
        public TenantId? tenant_id { get; set; }

        public string? workload { get; set; }

        public DateOnly? month { get; set; }

        public long? paid_available_units { get; set; }

        public long? monthly_active_users { get; set; }
    }

    private sealed class TenantId
    {
        public string? id { get; set; }
    }
#pragma warning restore IDE1006, CA1707

    private static int Next(byte[] bytes, byte[] pattern, int after)
    {
        var rest = bytes.AsSpan(after + 1).IndexOf(pattern);
        return rest < 0 ? -1 : after + 1 + rest;
    }
}
