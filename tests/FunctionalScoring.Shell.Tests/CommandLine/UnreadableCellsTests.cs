using Parquet;
using Parquet.Schema;

namespace FunctionalScoring.Shell.Tests.CommandLine;

/// <summary>
/// Issue 10: what a reader cannot turn into a value is named, never guessed — bytes that are not UTF-8 are a
/// rejected row with its reason (never decoded lossily), and an as-of month without usage says so.
/// </summary>
public sealed class UnreadableCellsTests : IDisposable
{
    private readonly SmallDataset dataset = new();

    public void Dispose() => dataset.Dispose();

    [Fact]
    public async Task R28_a_tenant_id_that_is_not_UTF8_is_rejected_with_its_reason_and_the_others_are_used()
    {
        // BYTE_ARRAY without an annotation is text (§7); 0xC3 0x28 is not UTF-8.
        await WriteUsageAsync([[0x54, 0x31], [0xC3, 0x28], [0x54, 0x31]], [SmallDataset.B, SmallDataset.M, SmallDataset.M]);

        var (exit, output, errors) = await CliRunner.RunAsync("score", "--data", dataset.Data, "--out", dataset.Out);

        Assert.Equal((0, ""), (exit, errors));
        var rejects = await Parquet.Loaded.TableAsync(dataset.Out, "rejects", Shell.Parquet.ColumnSpec.Text("reason"), Shell.Parquet.ColumnSpec.Text("raw_values"));
        Assert.Equal(["text is not valid UTF-8"], rejects.Texts("reason"));
        Assert.Contains("(bytes that are not valid UTF-8)", rejects.Texts("raw_values")[0]);
        Assert.Contains("text is not valid UTF-8", output);
    }

    [Fact]
    public async Task R2_an_as_of_month_after_every_usage_month_is_named_in_a_warning()
    {
        var (exit, _, errors) = await CliRunner.RunAsync("score", "--data", dataset.Data, "--out", dataset.Out, "--as-of", "2026-01");

        Assert.Equal(0, exit);
        Assert.Contains("the usage table has no rows for the as-of month 2026-01", errors);
    }

    private async Task WriteUsageAsync(byte[][] tenants, DateOnly[] months)
    {
        var fields = new DataField[]
        {
            new DataField<byte[]>("tenant_id", true), new DataField<string>("workload", true), new DataField<DateOnly?>("month"),
            new DataField<long?>("paid_available_units"), new DataField<long?>("monthly_active_users"),
        };
        await using var file = File.Create(dataset.File("usage"));
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), file);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(fields[0], tenants);
        await group.WriteAsync(fields[1], [.. tenants.Select(_ => "Teams")]);
        await group.WriteAsync<DateOnly>(fields[2], months.Select(m => (DateOnly?)m).ToArray().AsMemory());
        await group.WriteAsync<long>(fields[3], tenants.Select(_ => (long?)500).ToArray().AsMemory());
        await group.WriteAsync<long>(fields[4], tenants.Select(_ => (long?)400).ToArray().AsMemory());
    }
}
