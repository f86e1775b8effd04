using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Shell.Outputs;

namespace FunctionalScoring.Shell.Tests.Outputs;

/// <summary>The evidence columns name enum values from a table: the same names ToString gives, for every value.</summary>
public sealed class EnumNamesTests
{
    [Fact]
    public void Every_value_of_the_evidence_enums_is_named_as_ToString_names_it()
    {
        Assert.Equal(Enum.GetValues<PathName>().Select(v => v.ToString()), Enum.GetValues<PathName>().Select(EnumNames<PathName>.Of));
        Assert.Equal(Enum.GetValues<Metric>().Select(v => v.ToString()), Enum.GetValues<Metric>().Select(EnumNames<Metric>.Of));
        Assert.Equal(Enum.GetValues<EvidenceKind>().Select(v => v.ToString()), Enum.GetValues<EvidenceKind>().Select(EnumNames<EvidenceKind>.Of));
        Assert.Equal(Enum.GetValues<AssociationType>().Select(v => v.ToString()), Enum.GetValues<AssociationType>().Select(EnumNames<AssociationType>.Of));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(99)]
    public void A_value_outside_the_defined_ones_is_named_as_ToString_names_it(int value) =>
        Assert.Equal(((Metric)value).ToString(), EnumNames<Metric>.Of((Metric)value));
}
