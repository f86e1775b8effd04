using FunctionalScoring.Core.Domain;
using LanguageExt;

namespace FunctionalScoring.Core.Rules;

/// <summary>A named thing of a rule set and the other names it answers to.</summary>
public sealed record NamedEntry(string Name, Seq<string> Aliases);

/// <summary>
/// R6, R12: matches input spellings to the canonical entries of a rule set, by name or alias,
/// ignoring case and surrounding white space. Built once per rule set; a lookup is one hash probe.
/// </summary>
public sealed record NameCatalog(Seq<NamedEntry> Entries, Map<string, int> IndexByKey)
{
    public static NameCatalog From(Seq<NamedEntry> entries, Func<string, Seq<string>>? variants = null)
    {
        var spell = variants ?? (name => Prelude.Seq1(name));
        var keys =
            from entry in entries.Select((entry, i) => (entry, i))
            from name in entry.entry.Aliases.Add(entry.entry.Name).Bind(spell)
            select (Key: Names.Key(name), Index: entry.i);
        // The first entry that claims a spelling keeps it: a later duplicate alias cannot steal it.
        var index = keys.Aggregate(Map<string, int>.Empty, (map, k) => map.TryAdd(k.Key, k.Index));
        return new NameCatalog(entries, index);
    }

    /// <summary>The index of the entry this spelling names, if any.</summary>
    public Option<int> Find(string? spelling) =>
        spelling is null ? Prelude.None : IndexByKey.Find(Names.Key(spelling));

    public string NameOf(int index) => Entries[index].Name;

    public int Count => Entries.Count;
}
