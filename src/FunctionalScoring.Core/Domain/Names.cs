namespace FunctionalScoring.Core.Domain;

/// <summary>
/// R6: how names and ids from the input are compared. Names (workloads, association types,
/// certifications) ignore case and surrounding white space, non-breaking spaces included; ids are
/// exact, but an id of only white space is empty.
/// </summary>
public static class Names
{
    /// <summary>The comparison key of a name: trimmed of every kind of white space, upper-cased invariantly.</summary>
    public static string Key(string name) => Trim(name).ToUpperInvariant();

    /// <summary>Trims white space as R6 means it: char.IsWhiteSpace covers tabs, line breaks and U+00A0.</summary>
    public static string Trim(string text) => text.Trim();

    /// <summary>R6: a null id or one of only white space counts as empty.</summary>
    public static bool IsEmptyId(string? id) => string.IsNullOrWhiteSpace(id);
}
