using System.Text.Json;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.WhatIf;

/// <summary>The scenario document's field kinds, on top of the rule-set parser's <see cref="JsonField"/>.</summary>
internal static class ScenarioFields
{
    /// <summary>Every property of an object must be one of <paramref name="names"/>: a misspelt field is an error, never ignored.</summary>
    public static Validation<RuleSetError, Unit> Known(this JsonField field, params string[] names) =>
        field.Element.ValueKind != JsonValueKind.Object
            ? Fail<RuleSetError, Unit>(RuleSetError.WrongKind(field.Path, "an object"))
            : toSeq(field.Element.EnumerateObject())
                .Filter(p => !names.Contains(p.Name, StringComparer.Ordinal))
                .Map(p => Fail<RuleSetError, Unit>(new RuleSetError($"{field.Path}.{p.Name}", $"is not a scenario field (expected one of {string.Join(", ", names)})")))
                .Traverse(x => x)
                .Map(_ => unit);

    /// <summary>A whole number of units, users or persons: zero or more.</summary>
    public static Validation<RuleSetError, long> Count(this JsonField field) =>
        field.Element.ValueKind == JsonValueKind.Number && field.Element.TryGetInt64(out var value) && value >= 0
            ? Success<RuleSetError, long>(value)
            : Fail<RuleSetError, long>(RuleSetError.WrongKind(field.Path, "a whole number ≥ 0"));

    /// <summary>R1: a month written <c>YYYY-MM</c> (or its first day).</summary>
    public static Validation<RuleSetError, Month> MonthValue(this JsonField field) =>
        field.String().Bind(text => Month.Parse(text).Match(
            Some: Success<RuleSetError, Month>,
            None: () => Fail<RuleSetError, Month>(RuleSetError.WrongKind(field.Path, "a month YYYY-MM"))));

    /// <summary>An optional property: absent (or null) is None, present must parse.</summary>
    public static Validation<RuleSetError, Option<T>> Optional<T>(this JsonField field, string name, Func<JsonField, Validation<RuleSetError, T>> parse) =>
        field.OptionalProperty(name).Match(
            Some: f => parse(f).Map(Some),
            None: () => Success<RuleSetError, Option<T>>(None));

    /// <summary>An optional array property: absent is empty; each element parsed, errors accumulated.</summary>
    public static Validation<RuleSetError, Seq<T>> List<T>(this JsonField field, string name, Func<JsonField, Validation<RuleSetError, T>> parse) =>
        field.OptionalProperty(name).Match(
            Some: f => f.Each(parse, nonEmpty: false),
            None: () => Success<RuleSetError, Seq<T>>(Empty));

    /// <summary>Checks the object's field names, then parses it.</summary>
    public static Validation<RuleSetError, T> Object<T>(this JsonField field, string[] names, Func<JsonField, Validation<RuleSetError, T>> parse) =>
        field.Known(names).Bind(_ => parse(field));
}
