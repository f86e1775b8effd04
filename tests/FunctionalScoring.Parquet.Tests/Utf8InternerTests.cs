using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FunctionalScoring.Parquet.Tests;

public sealed class Utf8InternerTests
{
    [Fact]
    public void Codes_come_in_first_use_order_and_the_same_bytes_get_the_same_code()
    {
        var interner = new Utf8Interner();

        int[] codes = [.. new[] { "b", "a", "b", "Ω", "", "a" }.Select(s => interner.Intern(Encoding.UTF8.GetBytes(s)))];

        Assert.Equal([0, 1, 0, 2, 3, 1], codes);
        Assert.Equal(["b", "a", "Ω", ""], interner.ToArray());
    }

    [Fact]
    public void Equality_is_ordinal_on_bytes_so_composed_and_decomposed_accents_stay_apart()
    {
        var interner = new Utf8Interner();

        var composed = interner.Intern(Encoding.UTF8.GetBytes("José"));
        var decomposed = interner.Intern(Encoding.UTF8.GetBytes("Jose\u0301"));

        Assert.Equal((0, 1), (composed, decomposed));
    }

    [Theory]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xFF, 0x41 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    public void Bytes_that_are_not_utf8_get_the_invalid_marker_and_are_not_stored(byte[] invalid)
    {
        var interner = new Utf8Interner();

        var code = interner.Intern(invalid);

        Assert.Equal((Utf8Interner.InvalidUtf8, 0), (code, interner.Count));
    }

    [Property]
    public Property Every_string_reads_back_as_itself_through_its_code() =>
        Prop.ForAll(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && !s.Any(char.IsSurrogate)).ArrayOf().ToArbitrary(), texts =>
        {
            var interner = new Utf8Interner();
            var codes = texts.Select(t => interner.Intern(Encoding.UTF8.GetBytes(t))).ToArray();
            return codes.Select(c => interner[c]).SequenceEqual(texts)
                && interner.Count == texts.Distinct(StringComparer.Ordinal).Count()
                && codes.Select((c, i) => interner.Bytes(c).SequenceEqual(Encoding.UTF8.GetBytes(texts[i]))).All(same => same);
        });
}
