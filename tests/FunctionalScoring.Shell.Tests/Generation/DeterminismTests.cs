using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Loading;
using FunctionalScoring.Shell.Tests.Parquet;

namespace FunctionalScoring.Shell.Tests.Generation;

public sealed class DeterminismTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(42, 3)]
    public async Task The_same_options_give_byte_identical_files(long seed, int partFiles)
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        var options = GeneratedData.Small(seed) with { PartFiles = partFiles };

        var a = GeneratedData.Files(await GeneratedData.WriteAsync(options, first));
        var b = GeneratedData.Files(await GeneratedData.WriteAsync(options, second));

        Assert.Equal(a.Keys.ToList(), b.Keys.ToList());
        Assert.All(a.Keys, name => Assert.True(a[name].AsSpan().SequenceEqual(b[name]), $"{name} differs"));
    }

    [Fact]
    public async Task A_different_seed_gives_different_data()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        var a = await GeneratedData.ScoreAsync(GeneratedData.Small(seed: 1), first);
        var b = await GeneratedData.ScoreAsync(GeneratedData.Small(seed: 2), second);

        Assert.NotEqual(a.Loaded.Raw.Usage.Tenant.Values, b.Loaded.Raw.Usage.Tenant.Values);
        Assert.NotEqual(a.Run.Partners.Map(p => p.PartnerId), b.Run.Partners.Map(p => p.PartnerId));
        Assert.NotEqual(a.Loaded.Raw.Usage.Mau.Values, b.Loaded.Raw.Usage.Mau.Values);
    }

    [Fact]
    public void The_generator_draws_the_SplitMix64_reference_sequence()
    {
        // Vigna's splitmix64.c from seed 1234567: the sequence must never change with the runtime.
        var random = new SplitMix64(1234567);

        ulong[] drawn = [random.Next(), random.Next(), random.Next(), random.Next(), random.Next()];

        Assert.Equal([6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL, 4593380528125082431UL, 16408922859458223821UL], drawn);
    }

    [Fact]
    public async Task Writing_again_replaces_the_tables_in_either_layout()
    {
        using var folder = new TempFolder();
        await GeneratedData.WriteAsync(GeneratedData.Small() with { PartFiles = 3 }, folder);

        var single = await GeneratedData.WriteAsync(GeneratedData.Small(), folder);
        var loaded = (await DatasetLoader.LoadAsync(folder.Path)).IfLeft(e => throw new InvalidOperationException(e.Message));

        Assert.Empty(Directory.EnumerateFiles(Path.Combine(folder.Path, "usage"), "*.parquet"));
        Assert.Equal(single.Rows("usage"), loaded.Raw.Usage.Count);
    }
}
