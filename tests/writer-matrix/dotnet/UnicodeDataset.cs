using Apache.Arrow;

namespace FunctionalScoring.WriterMatrix;

/// <summary>
/// The base dataset with every tenant id, person id and partner name renamed, one to one, to non-ASCII
/// values whose shared prefixes hold multi-byte characters: persons <c>José-10</c>, <c>José-1</c>,
/// <c>José-11</c>, … in order of first appearance, tenants <c>Zoë-🏢-10</c>, … — what DELTA_BYTE_ARRAY
/// readers that count a prefix in characters instead of bytes get wrong. Partner ids, workloads and
/// every blank or null id are kept, so each partner's scorecard is the base's.
/// </summary>
public static class UnicodeDataset
{
    public static IReadOnlyList<TableData> Of(IReadOnlyList<TableData> tables)
    {
        var tenants = new Renaming(n => $"Zoë-🏢-{n}");
        var persons = new Renaming(n => $"José-{n}");
        var names = new Renaming(n => $"Société Générale {n}");
        return [.. tables.Select(table => table.Map((field, array) => (table.Name, field.Name) switch
        {
            (_, "tenant_id") => (field, tenants.Apply((StringArray)array)),
            ("certifications", "person_id") => (field, persons.Apply((StringArray)array)),
            ("partners", "partner_name") => (field, names.Apply((StringArray)array)),
            _ => null,
        }))];
    }

    /// <summary>A one-to-one renaming: the k-th distinct value met becomes number 10, 1, 11, 12, … (k = 0, 1, 2, 3, …).</summary>
    private sealed class Renaming(Func<int, string> name)
    {
        private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);

        public IArrowArray Apply(StringArray values)
        {
            var builder = new StringArray.Builder();
            for (var i = 0; i < values.Length; i++)
            {
                var value = values.GetString(i);
                if (value is null)
                {
                    builder.AppendNull();
                }
                else
                {
                    builder.Append(string.IsNullOrWhiteSpace(value) ? value : Rename(value));
                }
            }

            return builder.Build();
        }

        private string Rename(string value)
        {
            if (!names.TryGetValue(value, out var renamed))
            {
                var k = names.Count;
                renamed = name(k switch { 0 => 10, 1 => 1, _ => k + 9 });
                names.Add(value, renamed);
            }

            return renamed;
        }
    }
}
