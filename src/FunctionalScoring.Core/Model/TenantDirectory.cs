namespace FunctionalScoring.Core.Model;

/// <summary>
/// Tenant ids encoded once as dense ints, shared by associations and usage so that joining them
/// is an int comparison. Ids match exactly (R6). Codes depend on read order, so anything a user
/// sees is ordered by <see cref="Name"/>, never by code.
/// </summary>
public sealed class TenantDirectory
{
    private readonly Dictionary<string, int> codes;
    private readonly string[] names;

    private TenantDirectory(Dictionary<string, int> codes, string[] names) => (this.codes, this.names) = (codes, names);

    /// <summary>Builds the directory from the distinct tenant spellings of every table.</summary>
    public static TenantDirectory From(IEnumerable<string> tenantIds)
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in tenantIds)
        {
            codes.TryAdd(id, codes.Count);
        }

        var names = new string[codes.Count];
        foreach (var (id, code) in codes)
        {
            names[code] = id;
        }

        return new TenantDirectory(codes, names);
    }

    public int Count => names.Length;

    public string Name(int code) => names[code];

    public LanguageExt.Option<int> Code(string id) => codes.TryGetValue(id, out var code) ? code : LanguageExt.Prelude.None;

    /// <summary>Maps a column's dictionary to directory codes (−1 for an id that is not in the directory).</summary>
    public int[] Recode(string[] dictionary) => dictionary.Select(id => codes.TryGetValue(id, out var c) ? c : -1).ToArray();
}
