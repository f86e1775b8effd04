using FunctionalScoring.Core.Domain;

namespace FunctionalScoring.Core.Tests.Domain;

/// <summary>R6: names ignore case and surrounding white space; ids of only white space are empty.</summary>
public class NamesTests
{
    [Theory]
    [InlineData("Teams", "TEAMS")]
    [InlineData(" teams\t", "TEAMS")]
    [InlineData("\u00A0Teams Phone\r\n", "TEAMS PHONE")]
    [InlineData("Teams\u00A0Phone", "TEAMS\u00A0PHONE")]
    public void R6_a_name_key_is_trimmed_and_upper_cased(string name, string key)
    {
        Assert.Equal(key, Names.Key(name));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData(" \t\u00A0\n", true)]
    [InlineData(" T1 ", false)]
    public void R6_an_id_of_only_white_space_is_empty(string? id, bool empty)
    {
        Assert.Equal(empty, Names.IsEmptyId(id));
    }
}
