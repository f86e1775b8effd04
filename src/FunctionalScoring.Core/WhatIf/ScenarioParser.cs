using System.Text.Json;
using FunctionalScoring.Core.Rules;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.WhatIf;

/// <summary>Parses a scenario JSON document (docs/scenarios.md); every problem found is reported with the field it is in.</summary>
public static class ScenarioParser
{
    private static readonly string[] TopLevel =
        ["description", "asOf", "rules", "removeTenants", "removeAssociations", "removePersons", "addTenants", "addAssociations", "addPersons", "setUsage"];

    public static Validation<ScenarioError, Scenario> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return Fail<ScenarioError, Scenario>(new ScenarioError("$", $"is not valid JSON: {e.Message}"));
        }

        using (document)
        {
            return Document(new JsonField(document.RootElement, "$")).MapFail(ScenarioError.Of);
        }
    }

    private static Validation<RuleSetError, Scenario> Document(JsonField root) =>
        root.Known(TopLevel).Bind(_ =>
            (root.Optional("description", f => f.String()),
             root.Optional("asOf", f => f.MonthValue()),
             root.Optional("rules", f => f.String()),
             Removals(root),
             Additions(root),
             root.List("setUsage", UsageChange))
            .Apply((description, asOf, rules, removals, additions, usage) => new Scenario(
                description.IfNone(""), asOf, rules,
                removals.Tenants, removals.Associations, removals.Persons,
                additions.Tenants, additions.Associations, additions.Persons,
                usage)));

    private static Validation<RuleSetError, (Seq<TenantRemoval> Tenants, Seq<AssociationRemoval> Associations, Seq<PersonRemoval> Persons)> Removals(JsonField root) =>
        (root.List("removeTenants", TenantRemoval), root.List("removeAssociations", AssociationRemoval), root.List("removePersons", PersonRemoval))
        .Apply((tenants, associations, persons) => (tenants, associations, persons));

    private static Validation<RuleSetError, (Seq<TenantAddition> Tenants, Seq<AssociationAddition> Associations, Seq<PersonAddition> Persons)> Additions(JsonField root) =>
        (root.List("addTenants", TenantAddition), root.List("addAssociations", AssociationAddition), root.List("addPersons", PersonAddition))
        .Apply((tenants, associations, persons) => (tenants, associations, persons));

    private static Validation<RuleSetError, TenantAddition> TenantAddition(JsonField f) =>
        f.Object(["tenantId", "workload", "type", "pau", "mau", "claimedOn", "pauAtClaim", "mauAtClaim", "pauAtBaseline", "mauAtBaseline"], _ =>
            (f.Property("tenantId").Bind(x => x.String()),
             f.Property("workload").Bind(x => x.String()),
             f.Property("type").Bind(x => x.String()),
             f.Property("pau").Bind(x => x.Count()),
             f.Optional("mau", x => x.Count()),
             f.Optional("claimedOn", x => x.Date()),
             (f.Optional("pauAtClaim", x => x.Count()), f.Optional("mauAtClaim", x => x.Count())).Apply((p, m) => (p, m)),
             (f.Optional("pauAtBaseline", x => x.Count()), f.Optional("mauAtBaseline", x => x.Count())).Apply((p, m) => (p, m)))
            .Apply((tenant, workload, type, pau, mau, claimedOn, claim, baseline) =>
                new TenantAddition(tenant, workload, type, pau, mau.IfNone(0), claimedOn, claim.p, claim.m, baseline.p, baseline.m)));

    private static Validation<RuleSetError, TenantRemoval> TenantRemoval(JsonField f) =>
        f.Object(["tenantId"], _ => f.Property("tenantId").Bind(x => x.String()).Map(id => new TenantRemoval(id)));

    private static Validation<RuleSetError, AssociationAddition> AssociationAddition(JsonField f) =>
        f.Object(["tenantId", "workload", "type", "associatedOn", "endedOn"], _ =>
            (f.Property("tenantId").Bind(x => x.String()),
             f.Optional("workload", x => x.String()),
             f.Property("type").Bind(x => x.String()),
             f.Optional("associatedOn", x => x.Date()),
             f.Optional("endedOn", x => x.Date()))
            .Apply((tenant, workload, type, on, ended) => new AssociationAddition(tenant, workload, type, on, ended)));

    private static Validation<RuleSetError, AssociationRemoval> AssociationRemoval(JsonField f) =>
        f.Object(["tenantId", "workload", "type", "endedOn"], _ =>
            (f.Property("tenantId").Bind(x => x.String()),
             f.Optional("workload", x => x.String()),
             f.Optional("type", x => x.String()),
             f.Optional("endedOn", x => x.Date()))
            .Apply((tenant, workload, type, ended) => new AssociationRemoval(tenant, workload, type, ended)));

    private static Validation<RuleSetError, PersonAddition> PersonAddition(JsonField f) =>
        f.Object(["personId", "certifications", "earnedOn", "expiresOn"], _ =>
            (f.Property("personId").Bind(x => x.String()),
             f.Property("certifications").Bind(x => x.Each(c => c.String())),
             f.Optional("earnedOn", x => x.Date()),
             f.Optional("expiresOn", x => x.Date()))
            .Apply((person, certifications, earned, expires) => new PersonAddition(person, certifications, earned, expires)));

    private static Validation<RuleSetError, PersonRemoval> PersonRemoval(JsonField f) =>
        f.Object(["personId", "certifications"], _ =>
            (f.Property("personId").Bind(x => x.String()),
             f.List("certifications", c => c.String()))
            .Apply((person, certifications) => new PersonRemoval(person, certifications)));

    private static Validation<RuleSetError, UsageChange> UsageChange(JsonField f) =>
        f.Object(["tenantId", "workload", "month", "pau", "mau"], _ =>
            (f.Property("tenantId").Bind(x => x.String()),
             f.Property("workload").Bind(x => x.String()),
             f.Property("month").Bind(x => x.MonthValue()),
             f.Optional("pau", x => x.Count()),
             f.Optional("mau", x => x.Count()))
            .Apply((tenant, workload, month, pau, mau) => (tenant, workload, month, pau, mau))
            .Bind(u => u.pau.IsNone && u.mau.IsNone
                ? Fail<RuleSetError, UsageChange>(new RuleSetError(f.Path, "needs pau, mau or both"))
                : Success<RuleSetError, UsageChange>(new UsageChange(u.tenant, u.workload, u.month, u.pau, u.mau))));
}
