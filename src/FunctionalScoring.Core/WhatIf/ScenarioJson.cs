using System.Globalization;
using System.Text;
using System.Text.Json;
using LanguageExt;

namespace FunctionalScoring.Core.WhatIf;

/// <summary>Writes a scenario as the JSON document <see cref="ScenarioParser"/> reads: parsing the text gives the same scenario.</summary>
public static class ScenarioJson
{
    public static string Write(Scenario scenario)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (scenario.Description.Length > 0)
            {
                json.WriteString("description", scenario.Description);
            }

            scenario.AsOf.IfSome(month => json.WriteString("asOf", month.ToString()));
            scenario.Rules.IfSome(rules => json.WriteString("rules", rules));
            List(json, "removeTenants", scenario.RemoveTenants, (w, r) => w.WriteString("tenantId", r.TenantId));
            List(json, "removeAssociations", scenario.RemoveAssociations, (w, r) =>
            {
                w.WriteString("tenantId", r.TenantId);
                Text(w, "workload", r.Workload);
                Text(w, "type", r.Type);
                Date(w, "endedOn", r.EndedOn);
            });
            List(json, "removePersons", scenario.RemovePersons, (w, r) =>
            {
                w.WriteString("personId", r.PersonId);
                Texts(w, "certifications", r.Certifications);
            });
            List(json, "addTenants", scenario.AddTenants, (w, t) =>
            {
                w.WriteString("tenantId", t.TenantId);
                w.WriteString("workload", t.Workload);
                w.WriteString("type", t.Type);
                w.WriteNumber("pau", t.Pau);
                w.WriteNumber("mau", t.Mau);
                Date(w, "claimedOn", t.ClaimedOn);
                Number(w, "pauAtClaim", t.PauAtClaim);
                Number(w, "mauAtClaim", t.MauAtClaim);
                Number(w, "pauAtBaseline", t.PauAtBaseline);
                Number(w, "mauAtBaseline", t.MauAtBaseline);
            });
            List(json, "addAssociations", scenario.AddAssociations, (w, a) =>
            {
                w.WriteString("tenantId", a.TenantId);
                Text(w, "workload", a.Workload);
                w.WriteString("type", a.Type);
                Date(w, "associatedOn", a.AssociatedOn);
                Date(w, "endedOn", a.EndedOn);
            });
            List(json, "addPersons", scenario.AddPersons, (w, p) =>
            {
                w.WriteString("personId", p.PersonId);
                Texts(w, "certifications", p.Certifications);
                Date(w, "earnedOn", p.EarnedOn);
                Date(w, "expiresOn", p.ExpiresOn);
            });
            List(json, "setUsage", scenario.SetUsage, (w, u) =>
            {
                w.WriteString("tenantId", u.TenantId);
                w.WriteString("workload", u.Workload);
                w.WriteString("month", u.Month.ToString());
                Number(w, "pau", u.Pau);
                Number(w, "mau", u.Mau);
            });
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void List<T>(Utf8JsonWriter json, string name, Seq<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.IsEmpty)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter json, string name, Option<string> value) => value.IfSome(v => json.WriteString(name, v));

    private static void Texts(Utf8JsonWriter json, string name, Seq<string> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        json.WriteStartArray(name);
        values.Iter(json.WriteStringValue);
        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, Option<long> value) => value.IfSome(v => json.WriteNumber(name, v));

    private static void Date(Utf8JsonWriter json, string name, Option<DateOnly> value) =>
        value.IfSome(d => json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
