using System.Globalization;
using System.Text.Json;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Rules;

/// <summary>A JSON value together with its path, so every parse error can name the field it is about.</summary>
internal sealed record JsonField(JsonElement Element, string Path)
{
    public Validation<RuleSetError, JsonField> Property(string name) =>
        Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? Success<RuleSetError, JsonField>(new JsonField(value, Child(name)))
            : Fail<RuleSetError, JsonField>(RuleSetError.Missing(Child(name)));

    public Option<JsonField> OptionalProperty(string name) =>
        Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? Some(new JsonField(value, Child(name)))
            : None;

    /// <summary>The path of a property: <c>paths[1].band</c>, with no root prefix.</summary>
    private string Child(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    public Validation<RuleSetError, string> String() =>
        Element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(Element.GetString())
            ? Success<RuleSetError, string>(Element.GetString()!)
            : Fail<RuleSetError, string>(RuleSetError.WrongKind(Path, "a non-empty string"));

    public Validation<RuleSetError, decimal> Number(bool positive = false) =>
        Element.ValueKind == JsonValueKind.Number && Element.TryGetDecimal(out var value) && (!positive || value > 0)
            ? Success<RuleSetError, decimal>(value)
            : Fail<RuleSetError, decimal>(RuleSetError.WrongKind(Path, positive ? "a positive number" : "a number"));

    /// <summary>A number <paramref name="inRange"/> accepts; otherwise an error saying what was <paramref name="expected"/>.</summary>
    public Validation<RuleSetError, decimal> Number(string expected, Func<decimal, bool> inRange) =>
        Element.ValueKind == JsonValueKind.Number && Element.TryGetDecimal(out var value) && inRange(value)
            ? Success<RuleSetError, decimal>(value)
            : Fail<RuleSetError, decimal>(RuleSetError.WrongKind(Path, expected));

    public Validation<RuleSetError, DateOnly> Date() =>
        String().Bind(text => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Success<RuleSetError, DateOnly>(date)
            : Fail<RuleSetError, DateOnly>(RuleSetError.WrongKind(Path, "a date yyyy-MM-dd")));

    public Validation<RuleSetError, TEnum> Enum<TEnum>() where TEnum : struct, System.Enum =>
        // Enum.TryParse also reads "1" as the second member: a name must be a name.
        String().Bind(text => char.IsLetter(text.Trim()[0]) && System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? Success<RuleSetError, TEnum>(value)
            : Fail<RuleSetError, TEnum>(RuleSetError.Unknown(Path, text, string.Join(", ", System.Enum.GetNames<TEnum>()))));

    /// <summary>Each element of an array, parsed; errors of every element accumulate.</summary>
    public Validation<RuleSetError, Seq<T>> Each<T>(Func<JsonField, Validation<RuleSetError, T>> parse, bool nonEmpty = true) =>
        Element.ValueKind != JsonValueKind.Array || (nonEmpty && Element.GetArrayLength() == 0)
            ? Fail<RuleSetError, Seq<T>>(RuleSetError.WrongKind(Path, nonEmpty ? "a non-empty array" : "an array"))
            : toSeq(Element.EnumerateArray().Select((e, i) => parse(new JsonField(e, $"{Path}[{i}]")))).Traverse(x => x);

    /// <summary>Each property of an object, parsed; errors of every property accumulate.</summary>
    public Validation<RuleSetError, Seq<(string Name, T Value)>> EachProperty<T>(Func<JsonField, Validation<RuleSetError, T>> parse) =>
        Element.ValueKind != JsonValueKind.Object
            ? Fail<RuleSetError, Seq<(string, T)>>(RuleSetError.WrongKind(Path, "an object"))
            : toSeq(Element.EnumerateObject().Select(p => parse(new JsonField(p.Value, Child(p.Name))).Map(v => (p.Name, v)))).Traverse(x => x);
}
